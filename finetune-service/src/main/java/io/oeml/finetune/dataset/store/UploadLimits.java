package io.oeml.finetune.dataset.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

import io.oeml.errors.BodyLimitsConfig;
import io.oeml.errors.PathPrefixes;
import io.oeml.finetune.dataset.DatasetsConfig;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * Refuses to start when a request body limit would cut an upload the store accepts: Quarkus' own
 * {@code quarkus.http.limits.max-body-size} and the upload route's {@code oeml.http.body-limits} (libs/api-errors
 * RequestLimits) must both be at least {@code max-upload-size}, so that an oversized file meets the store's 413
 * {@code DATASET_TOO_LARGE} and only a body far beyond it meets the router's 413 (also in the envelope).
 */
@ApplicationScoped
public class UploadLimits {

    public static final String UPLOAD_PATH = "/api/ai/ollama/fine-tuning/datasets";

    private final Config config;
    private final BodyLimitsConfig bodyLimits;
    private final DatasetsConfig datasets;

    public UploadLimits(Config config, BodyLimitsConfig bodyLimits, DatasetsConfig datasets) {
        this.config = config;
        this.bodyLimits = bodyLimits;
        this.datasets = datasets;
    }

    @Startup
    void check() {
        long upload = datasets.maxUploadSize().asLongValue();
        long quarkus = config.getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        long route = PathPrefixes.of(bodyLimits.routes().values(), BodyLimitsConfig.Route::pathPrefixes,
                r -> r.maxSize().asLongValue(), quarkus).forPath(UPLOAD_PATH);
        if (quarkus < upload || route < upload) {
            throw new IllegalStateException("oeml.finetune-datasets.max-upload-size (" + upload + " bytes) is over a"
                    + " body limit of the upload route: quarkus.http.limits.max-body-size " + quarkus
                    + ", oeml.http.body-limits for " + UPLOAD_PATH + " " + route);
        }
    }
}
