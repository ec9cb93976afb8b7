package io.oeml.gateway.openapi;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.oeml.errors.ErrorCodes;
import io.oeml.errors.RouterErrorHandlers;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /openapi}: the aggregated document, JSON by default, YAML with {@code ?format=yaml} or an
 * {@code Accept} that asks for YAML (as Quarkus' own {@code /q/openapi} does). Open to anyone, like that one.
 */
@Singleton
class OpenApiRoute {

    static final String PATH = "/openapi";
    private static final Logger LOG = Logger.getLogger(OpenApiRoute.class);

    private final AggregatedOpenApi openApi;

    OpenApiRoute(AggregatedOpenApi openApi) {
        this.openApi = openApi;
    }

    void mount(@Observes Router router) {
        router.get(PATH).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        boolean yaml = wantsYaml(ctx);
        openApi.document().subscribe().with(
                document -> ctx.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, yaml ? "application/yaml;charset=UTF-8" : "application/json")
                        .end(yaml ? document.yaml() : document.json()),
                failure -> {
                    LOG.errorf(failure, "GET %s: the aggregated OpenAPI document could not be built", PATH);
                    RouterErrorHandlers.write(ctx, 503, ErrorCodes.DEPENDENCY_UNAVAILABLE,
                            "the OpenAPI document could not be built; retry shortly");
                });
    }

    private static boolean wantsYaml(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        if (format != null) {
            return format.equalsIgnoreCase("yaml") || format.equalsIgnoreCase("yml");
        }
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("yaml");
    }
}
