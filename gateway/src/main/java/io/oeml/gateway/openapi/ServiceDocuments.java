package io.oeml.gateway.openapi;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Fetches a service's OpenAPI document from its main port ({@code /q/openapi?format=json}, served without a
 * credential). A service that is down, slow, or answers anything but a readable document is unavailable: logged, never
 * an error of the aggregated document.
 */
@Singleton
class ServiceDocuments {

    private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);
    static final String PATH = "/q/openapi?format=json";

    private final WebClient client;
    private final OpenApiConfig config;

    ServiceDocuments(Vertx vertx, OpenApiConfig config) {
        this.client = WebClient.create(vertx);
        this.config = config;
    }

    Uni<ServiceDocument> fetch(String service, URI url, List<String> pathPrefixes) {
        return client.getAbs(url.resolve(PATH).toString())
                .timeout(config.fetchTimeout().toMillis())
                .send()
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    return response.bodyAsBuffer().getBytes();
                })
                // Reading a document of some hundred kB is work for a worker thread, not the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(document -> new ServiceDocument(service, pathPrefixes, Optional.of(OpenApiCodec.read(document))))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("OpenAPI document of %s at %s left out of /openapi: %s", service, url, failure.toString());
                    return ServiceDocument.unavailable(service, pathPrefixes);
                });
    }
}
