package io.oeml.gateway;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A gateway test without a fake backend: {@link TestCallers#config()} (real Postgres and Kafka, OIDC, identity key). */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestCallers.config();
    }

    @Override
    public void stop() {
        // TestInfra and the issuer are shared by every test class of this JVM and stop when it exits.
    }
}
