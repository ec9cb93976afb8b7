package io.oeml.gateway.openapi;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponses;
import static org.eclipse.microprofile.openapi.OASFactory.createComponents;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createInfo;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createOpenAPI;
import static org.eclipse.microprofile.openapi.OASFactory.createOperation;
import static org.eclipse.microprofile.openapi.OASFactory.createPathItem;
import static org.eclipse.microprofile.openapi.OASFactory.createPaths;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;
import static org.eclipse.microprofile.openapi.OASFactory.createSecurityRequirement;
import static org.eclipse.microprofile.openapi.OASFactory.createTag;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.oeml.gateway.TestCallers;
import io.oeml.gateway.routing.FakeBackendResource;
import io.oeml.infra.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * library-service and finetune-service as small fakes that serve nothing but an OpenAPI document at
 * {@code /q/openapi}; optimizer-service is down (nothing listens on its port).
 * <p>
 * Both documents define {@code Page}, differently, and {@code Shared}, alike; library-service also documents a path
 * the gateway does not route, and finetune-service an operation with a security requirement of its own. The gateway
 * builds its document anew every {@link #CACHE_TTL}.
 */
public class FakeServiceDocumentsResource implements QuarkusTestResourceLifecycleManager {

    static final String SEARCH = "/api/ai/ollama/models/search";
    static final String NOT_ROUTED = "/api/internal/reindex";
    static final String JOBS = "/api/ai/ollama/fine-tuning/jobs";
    static final String SESSIONS = "/api/ai/ollama/optimization/sessions";
    /** The gateway under test builds its document anew after this. */
    static final Duration CACHE_TTL = Duration.ofSeconds(1);

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>(TestCallers.config());
        config.put("gateway.library-service-url", FakeBackendResource.listen(documentServer(vertx, library())));
        config.put("gateway.finetune-service-url", FakeBackendResource.listen(documentServer(vertx, finetune())));
        config.put("gateway.optimizer-service-url", "http://127.0.0.1:" + FreePorts.next());
        config.put("gateway.openapi.cache-ttl", CACHE_TTL.toMillis() + "ms");
        return config;
    }

    static OpenAPI library() {
        return document("library-service", "Search")
                .paths(createPaths()
                        .addPathItem(SEARCH, createPathItem().GET(returning("search", "Page")))
                        .addPathItem(NOT_ROUTED, createPathItem().POST(returning("reindex", "Shared"))))
                .components(createComponents()
                        .addSchema("Page", listOf("models", "Model"))
                        .addSchema("Model", object("name"))
                        .addSchema("Shared", object("id")));
    }

    static OpenAPI finetune() {
        return document("finetune-service", "Fine-tuning")
                .paths(createPaths().addPathItem(JOBS, createPathItem().GET(returning("listJobs", "Page")
                        .security(List.of(createSecurityRequirement().addScheme("SecurityScheme"))))))
                .components(createComponents()
                        .addSchema("Page", listOf("jobs", "Job"))
                        .addSchema("Job", object("id"))
                        .addSchema("Shared", object("id")));
    }

    static OpenAPI optimizer() {
        return document("optimizer-service", "Optimization")
                .paths(createPaths().addPathItem(SESSIONS, createPathItem().GET(returning("listSessions", "Session"))))
                .components(createComponents().addSchema("Session", object("id")));
    }

    private static OpenAPI document(String service, String tag) {
        return createOpenAPI().openapi("3.1.0").info(createInfo().title(service).version("0.1.0"))
                .addTag(createTag().name(tag));
    }

    private static Operation returning(String operationId, String schema) {
        return createOperation().operationId(operationId)
                .responses(createAPIResponses().addAPIResponse("200", createAPIResponse().description("OK")
                        .content(createContent().addMediaType("application/json",
                                createMediaType().schema(createSchema().ref(schema))))));
    }

    private static Schema object(String property) {
        return createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty(property, createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Schema listOf(String property, String itemSchema) {
        return createSchema().addType(Schema.SchemaType.OBJECT).addProperty(property,
                createSchema().addType(Schema.SchemaType.ARRAY).items(createSchema().ref(itemSchema)));
    }

    /** A server, not yet listening, that serves {@code document} where the gateway fetches it. */
    static HttpServer documentServer(Vertx vertx, OpenAPI document) {
        String json = OpenApiCodec.write(document, Format.JSON);
        return vertx.createHttpServer().requestHandler(request -> {
            if (request.uri().equals(ServiceDocuments.PATH)) {
                request.response().putHeader("Content-Type", "application/json").end(json);
            } else {
                request.response().setStatusCode(404).end();
            }
        });
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
