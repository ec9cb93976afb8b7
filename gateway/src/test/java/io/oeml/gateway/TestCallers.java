package io.oeml.gateway;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.oeml.infra.testing.TestIdentity;
import io.oeml.infra.testing.TestInfra;
import io.oeml.infra.testing.TestOidcIssuer;
import io.restassured.specification.RequestSpecification;

/** Callers of the gateway under test: OIDC access tokens of the test issuer, and the configuration that accepts them. */
public final class TestCallers {

    public static final String ALICE = "alice";

    private TestCallers() {
    }

    /**
     * The configuration of every gateway test: the real Postgres and Kafka of this test JVM (API keys, audit), the test
     * OIDC issuer, and the identity key of this test JVM.
     */
    public static Map<String, String> config() {
        Map<String, String> config = new HashMap<>(TestInfra.get().quarkusConfig());
        config.putAll(TestOidcIssuer.get().config());
        config.putAll(TestIdentity.gatewayConfig());
        return config;
    }

    /** A valid access token for {@code owner} with these roles. */
    public static String token(String owner, String... roles) {
        return TestOidcIssuer.get().token(owner, roles);
    }

    /** A valid access token for {@link #ALICE}, a user. */
    public static String alice() {
        return token(ALICE, "user");
    }

    /** A request of {@link #ALICE}. */
    public static RequestSpecification asAlice() {
        return given().auth().oauth2(alice());
    }

    /** The header that carries {@code token}. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
