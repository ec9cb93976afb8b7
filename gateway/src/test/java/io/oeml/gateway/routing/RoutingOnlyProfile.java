package io.oeml.gateway.routing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The routing tests look at the proxy alone: /api/* needs no caller here (auth has tests of its own). */
public class RoutingOnlyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.auth.permission.api.enabled", "false");
    }
}
