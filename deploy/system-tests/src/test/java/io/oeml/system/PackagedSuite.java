package io.oeml.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.oeml.infra.FreePorts;
import io.oeml.infra.JavaService;
import io.oeml.infra.testing.TestIdentity;
import io.oeml.infra.testing.TestInfra;
import io.oeml.infra.testing.TestOidcIssuer;

/**
 * The packaged services of this checkout ({@code target/quarkus-app/quarkus-run.jar}, or their container images
 * unpacked, see {@link #fromImages}) run as processes against the test JVM's real Kafka and Postgres, each on the port
 * given in its environment and a free management port, verifying {@link TestIdentity}'s tokens (and a gateway signing
 * with its key).
 */
final class PackagedSuite {

    static final Duration READY = Duration.ofSeconds(120);

    private final Path root = Path.of(System.getProperty("suite.root"));
    private final Path logs;
    private final Map<String, String> env = new HashMap<>();
    /** Where each service's image is unpacked before it starts; null: the services run from their jars. */
    private Path images;

    /** @param name names the log folder, one per test class */
    PackagedSuite(String name) {
        logs = root.resolve("deploy/system-tests/target/e2e-logs").resolve(name);
        TestInfra infra = TestInfra.get();
        Map<String, String> config = infra.quarkusConfig();
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
        env.put("DB_JDBC_URL", config.get("quarkus.datasource.jdbc.url"));
        env.put("DB_REACTIVE_URL", config.get("quarkus.datasource.reactive.url"));
        env.put("DB_USER", config.get("quarkus.datasource.username"));
        env.put("DB_PASSWORD", config.get("quarkus.datasource.password"));
        env.put("LOG_JSON", "false");
        env.putAll(TestIdentity.environment());
        env.putAll(TestOidcIssuer.get().environment());
        // The gateway refuses to start without the HMAC pepper of its API keys (only the gateway reads it).
        env.put("GATEWAY_API_KEY_PEPPER", "system-test-pepper-system-test-pepper");
        try {
            env.put("AGENT_STATE_DIR", Files.createTempDirectory("agent-state").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A credential the packaged gateway takes: an access token of a user from the test OIDC issuer. */
    static String gatewayCredential() {
        return TestOidcIssuer.get().token(TestIdentity.USER, "user");
    }

    /**
     * Starts each service from its container image instead: the layers unpacked under {@code directory} and the image's
     * entrypoint run with the image's own java, in its working directory, with its environment (less PATH and
     * JAVA_HOME, which name the image's paths) under this suite's.
     */
    PackagedSuite fromImages(Path directory) {
        images = directory;
        return this;
    }

    PackagedSuite set(String variable, Object value) {
        env.put(variable, String.valueOf(value));
        return this;
    }

    String get(String variable) {
        return env.get(variable);
    }

    /** Starts {@code module}'s packaged jar on {@code port} and waits for its readiness. */
    JavaService start(String module, int port) {
        return start(module, module, port);
    }

    /** The same, as a process named {@code name} (its log file): for a second replica of one module. */
    JavaService start(String module, String name, int port) {
        int managementPort = FreePorts.take(1).get(0);
        if (images != null) {
            return fromImage(module, name, port, managementPort);
        }
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        return new JavaService(name, jar, env, port, managementPort, logs).start(READY);
    }

    private JavaService fromImage(String module, String name, int port, int managementPort) {
        ServiceImage image = ServiceImage.unpack(module, images.resolve(name));
        Map<String, String> all = new HashMap<>();
        image.env().stream().map(variable -> variable.split("=", 2))
                .filter(pair -> !pair[0].equals("PATH") && !pair[0].equals("JAVA_HOME"))
                .forEach(pair -> all.put(pair[0], pair[1]));
        all.putAll(env);
        List<String> command = image.entrypointHere();
        return new JavaService(name, Path.of(command.get(0)), command, image.file(image.workingDir()), all, port,
                managementPort, logs).start(READY);
    }

    static void stop(JavaService... services) {
        for (JavaService service : services) {
            if (service != null) {
                service.close();
            }
        }
    }
}
