package io.oeml.gateway.openapi;

import static io.oeml.gateway.openapi.FakeServiceDocumentsResource.JOBS;
import static io.oeml.gateway.openapi.FakeServiceDocumentsResource.NOT_ROUTED;
import static io.oeml.gateway.openapi.FakeServiceDocumentsResource.SEARCH;
import static io.oeml.gateway.openapi.FakeServiceDocumentsResource.SESSIONS;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.TestOidcIssuer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/** {@code /openapi}, fetched without a credential, with two fake services up and optimizer-service down. */
@QuarkusTest
@WithTestResource(FakeServiceDocumentsResource.class)
class AggregatedOpenApiTest {

    @ConfigProperty(name = "gateway.optimizer-service-url")
    URI optimizerUrl;

    private static ValidatableResponse document() {
        return given().get("/openapi").then().statusCode(200).contentType("application/json");
    }

    @Test
    void holdsTheRoutedPathsOfEveryServiceThatIsUp() {
        document().body("paths", hasKey(SEARCH)).body("paths", hasKey(JOBS));
    }

    @Test
    void leavesOutPathsTheGatewayDoesNotRoute() {
        document().body("paths", not(hasKey(NOT_ROUTED)));
    }

    @Test
    void holdsTheGatewaysOwnResources() {
        document().body("paths", hasKey("/api/ai/ollama/auth/keys")).body("paths", hasKey("/api/ai/ollama/audit"));
    }

    @Test
    void schemaDefinedDifferentlyByTwoServicesIsPrefixedByEach() {
        document().body("components.schemas", hasKey("library-service.Page"))
                .body("components.schemas", hasKey("finetune-service.Page"))
                .body("components.schemas", not(hasKey("Page")));
    }

    @Test
    void referencesToARenamedSchemaFollowIt() {
        document()
                .body("paths.'" + SEARCH + "'.get.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/library-service.Page"))
                .body("paths.'" + JOBS + "'.get.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/finetune-service.Page"));
    }

    @Test
    void schemaDefinedAlikeIsKeptOnceUnderItsName() {
        document().body("components.schemas", hasKey("Shared"))
                .body("components.schemas", not(hasKey("library-service.Shared")));
    }

    @Test
    void tagsOfEveryServiceAreListed() {
        document().body("tags.name", hasItems("Search", "Fine-tuning"));
    }

    @Test
    void serviceThatIsDownIsNamedUnavailable() {
        document().body("'x-oeml-unavailable'", equalTo(List.of("optimizer-service")));
    }

    @Test
    void describesApiKeyBearerAndOidcSchemes() {
        document()
                .body("components.securitySchemes.apiKey.type", equalTo("apiKey"))
                .body("components.securitySchemes.apiKey.in", equalTo("header"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.openIdConnect.type", equalTo("openIdConnect"))
                .body("components.securitySchemes.openIdConnect.openIdConnectUrl",
                        equalTo(SecurityDocumentation.discoveryUrl(TestOidcIssuer.get().issuer())));
    }

    @Test
    void everyOperationNeedsOneOfTheSchemes() {
        document().body("security", equalTo(List.of(
                Map.of("apiKey", List.of()),
                Map.of("bearer", List.of()),
                Map.of("openIdConnect", List.of()))));
    }

    @Test
    void aServicesOwnSecurityRequirementIsDropped() {
        document().body("paths.'" + JOBS + "'.get.security", nullValue());
    }

    @Test
    void everyOperationDocumentsTheErrorEnvelopeOfAuthAndLimits() {
        String responses = "paths.'" + SEARCH + "'.get.responses.";
        document().body(responses + "'401'.content.'application/json'.schema.$ref",
                equalTo("#/components/schemas/ErrorEnvelope"))
                .body(responses + "keySet()", hasItems("200", "401", "403", "429"))
                .body("components.schemas.ErrorEnvelope.required", hasItems("success", "error", "error_code"));
    }

    @Test
    void quarkusOwnAuthAnswersGetTheEnvelopeToo() {
        document().body("paths.'/api/ai/ollama/auth/keys'.get.responses.'403'.content.'application/json'.schema.$ref",
                equalTo("#/components/schemas/ErrorEnvelope"));
    }

    @Test
    void serviceThatComesUpIsInTheDocumentOnceTheCacheExpires() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            HttpServer optimizer = FakeServiceDocumentsResource.documentServer(vertx, FakeServiceDocumentsResource.optimizer());
            optimizer.listen(optimizerUrl.getPort(), "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            await().atMost(FakeServiceDocumentsResource.CACHE_TTL.multipliedBy(5))
                    .untilAsserted(() -> document().body("paths", hasKey(SESSIONS)).body("$", not(hasKey("x-oeml-unavailable"))));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        // The other tests expect optimizer-service down again.
        await().atMost(FakeServiceDocumentsResource.CACHE_TTL.multipliedBy(5))
                .untilAsserted(() -> document().body("paths", not(hasKey(SESSIONS))));
    }

    @Test
    void isYamlWhenAskedWithFormat() {
        given().get("/openapi?format=yaml").then().statusCode(200)
                .contentType(startsWith("application/yaml"))
                .body(containsString("openapi: 3.1.0"));
    }

    @Test
    void isYamlWhenAskedWithAccept() {
        given().accept("application/yaml").get("/openapi").then().statusCode(200)
                .contentType(startsWith("application/yaml"));
    }

    @Test
    void swaggerUiIsServedWithoutCredentialsAndShowsTheDocument() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("\"" + OpenApiRoute.PATH + "\""));
    }
}
