package io.oeml.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.oeml.infra.FreePorts;
import io.oeml.infra.JavaService;
import io.restassured.RestAssured;

/**
 * The five container images run as a cluster would run them, short of the container: each image's layers unpacked
 * here and its entrypoint started with the image's own java (jlinked into the base from this machine's JDK) in the
 * image's working directory and environment, against the real Kafka and Postgres of the tests. No Docker engine.
 */
class ServicesFromTheirImagesIT {

    @TempDir
    static Path images;
    private static SuiteBehindGateway suite;
    private static JavaService agent;

    @BeforeAll
    static void start() {
        PackagedSuite packaged = new PackagedSuite("from-images").fromImages(images);
        suite = SuiteBehindGateway.start(packaged);
        int agentPort = FreePorts.take(1).get(0);
        agent = packaged.set("AGENT_HTTP_PORT", agentPort).set("AGENT_HOST_ID", "image-host").start("hardware-agent", agentPort);
    }

    @AfterAll
    static void stop() {
        PackagedSuite.stop(agent);
        if (suite != null) {
            suite.stop();
        }
    }

    @Test
    void everyServiceStartedFromItsImageIsReadyOnItsManagementPort() {
        for (JavaService service : List.of(suite.library(), suite.finetune(), suite.optimizer(), suite.gateway(), agent)) {
            RestAssured.given().baseUri(service.managementUrl()).get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void theGatewayFromItsImageRoutesToTheLibraryFromItsImage() {
        RestAssured.given().auth().oauth2(PackagedSuite.gatewayCredential()).baseUri(suite.gateway().baseUrl())
                .get("/api/ai/ollama/models/library")
                .then().statusCode(200).body("model_count", greaterThan(0));
    }
}
