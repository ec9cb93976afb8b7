package io.oeml.gateway.cors;

import static io.oeml.gateway.TestCallers.asAlice;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.oeml.gateway.GatewayTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Without configured origins CORS is off: an Origin header changes nothing, and no page of another origin may read. */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class CorsOffTest {

    @Test
    void aRequestWithAnOriginIsServedWithoutCorsHeaders() {
        asAlice().header("Origin", CorsTest.ALLOWED).get(CorsTest.KEYS).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
