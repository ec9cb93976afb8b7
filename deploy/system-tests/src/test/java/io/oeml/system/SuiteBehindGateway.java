package io.oeml.system;

import java.util.List;

import io.oeml.infra.FreePorts;
import io.oeml.infra.JavaService;

/**
 * library-service, finetune-service and optimizer-service and the gateway routing to them, packaged, each on a free
 * port; Ollama is a port where nothing listens, and catalog discovery is off.
 */
record SuiteBehindGateway(JavaService library, JavaService finetune, JavaService optimizer, JavaService gateway) {

    /** @param name names the log folder, one per test class */
    static SuiteBehindGateway start(String name) {
        return start(new PackagedSuite(name));
    }

    /** The same with the given suite (e.g. {@link PackagedSuite#fromImages}); its environment gets the suite's ports. */
    static SuiteBehindGateway start(PackagedSuite suite) {
        List<Integer> ports = FreePorts.take(5);
        suite.set("OLLAMA_BASE_URL", "http://127.0.0.1:" + ports.get(0))
                .set("CATALOG_DISCOVERY_ENABLED", false)
                .set("LIBRARY_HTTP_PORT", ports.get(1))
                .set("FINETUNE_HTTP_PORT", ports.get(2))
                .set("OPTIMIZER_HTTP_PORT", ports.get(3))
                .set("GATEWAY_HTTP_PORT", ports.get(4))
                .set("LIBRARY_SERVICE_URL", "http://127.0.0.1:" + ports.get(1))
                .set("FINETUNE_SERVICE_URL", "http://127.0.0.1:" + ports.get(2))
                .set("OPTIMIZER_SERVICE_URL", "http://127.0.0.1:" + ports.get(3));
        return new SuiteBehindGateway(
                suite.start("library-service", ports.get(1)),
                suite.start("finetune-service", ports.get(2)),
                suite.start("optimizer-service", ports.get(3)),
                suite.start("gateway", ports.get(4)));
    }

    void stop() {
        PackagedSuite.stop(gateway, optimizer, finetune, library);
    }
}
