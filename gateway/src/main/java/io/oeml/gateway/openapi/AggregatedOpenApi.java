package io.oeml.gateway.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.oeml.gateway.routing.Backend;
import io.oeml.gateway.routing.BackendRoutes;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.openapi.runtime.io.Format;

/**
 * The one OpenAPI document of the suite: the gateway's own resources and every service's routed paths, with the
 * gateway's security schemes. Built at most once per {@code gateway.openapi.cache-ttl}; requests in that time, and
 * those that arrive while it is being built, share one build.
 */
@Singleton
public class AggregatedOpenApi {

    /** The gateway's own paths: its resources, all under /api (API keys, audit). */
    private static final List<String> GATEWAY_PATHS = List.of("/api");

    private final BackendRoutes routes;
    private final ServiceDocuments services;
    private final OpenApiDocumentService gatewayDocument;
    private final OpenApiConfig config;
    private final Uni<RenderedDocument> current;

    AggregatedOpenApi(BackendRoutes routes, ServiceDocuments services, OpenApiDocumentService gatewayDocument,
            OpenApiConfig config) {
        this.routes = routes;
        this.services = services;
        this.gatewayDocument = gatewayDocument;
        this.config = config;
        this.current = Uni.createFrom().deferred(this::build).memoize().atLeast(config.cacheTtl());
    }

    Uni<RenderedDocument> document() {
        return current;
    }

    private Uni<RenderedDocument> build() {
        List<Uni<ServiceDocument>> fetches = new ArrayList<>();
        for (Backend backend : routes.backends()) {
            fetches.add(services.fetch(backend.name(), backend.url(), backend.pathPrefixes()));
        }
        return Uni.join().all(fetches).andFailFast()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(this::render);
    }

    private RenderedDocument render(List<ServiceDocument> serviceDocuments) {
        // The gateway's own document as Quarkus serves it at /q/openapi (built at build time, filtered at start).
        OpenAPI gateway = OpenApiCodec.read(gatewayDocument.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON));
        List<ServiceDocument> parts = new ArrayList<>();
        parts.add(new ServiceDocument("gateway", GATEWAY_PATHS, Optional.of(gateway)));
        parts.addAll(serviceDocuments);
        OpenAPI merged = DocumentMerger.merge(OASFactory.createInfo()
                .title("Ollama Extended Model Library")
                .version(gateway.getInfo().getVersion())
                .description("Every API of the suite as the gateway serves it: its own (API keys, audit) and those of "
                        + "library-service, finetune-service and optimizer-service."), parts);
        SecurityDocumentation.apply(merged, config.oidcIssuer());
        return new RenderedDocument(OpenApiCodec.write(merged, Format.JSON), OpenApiCodec.write(merged, Format.YAML));
    }
}
