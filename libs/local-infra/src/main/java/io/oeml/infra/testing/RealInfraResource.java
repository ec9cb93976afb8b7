package io.oeml.infra.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker and a real Postgres: the ones named by
 * {@code KAFKA_BOOTSTRAP_SERVERS} and {@code DB_JDBC_URL}/{@code DB_REACTIVE_URL} when set, otherwise ones started
 * for this test JVM (see {@link TestInfra}); and the JWKS of {@link TestIdentity}, whose user token every REST Assured
 * request without a credential then carries ({@link DefaultCaller}). Use with {@code @WithTestResource(RealInfraResource.class)}.
 */
public class RealInfraResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        DefaultCaller.install();
        Map<String, String> config = new HashMap<>(TestInfra.get().quarkusConfig());
        config.putAll(TestIdentity.config());
        return config;
    }

    @Override
    public void stop() {
        // The infrastructure is shared by every test class in this JVM and stopped when the JVM exits.
    }
}
