package io.oeml.gateway.openapi;

import java.io.ByteArrayInputStream;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.smallrye.openapi.runtime.io.Format;

/** Reads an OpenAPI document (JSON or YAML) into SmallRye's model and writes the model out again. */
final class OpenApiCodec {

    /**
     * No configuration: a document read here is another service's, and the gateway's own mp.openapi settings (title,
     * servers, filters) must not be applied to it.
     */
    private static final Config NO_CONFIG = new SmallRyeConfigBuilder().build();

    private OpenApiCodec() {
    }

    static OpenAPI read(byte[] document) {
        return nothingButTheDocument().withCustomStaticFile(() -> new ByteArrayInputStream(document)).build().model();
    }

    static String write(OpenAPI document, Format format) {
        SmallRyeOpenAPI written = nothingButTheDocument().withInitialModel(document).build();
        return format == Format.YAML ? written.toYAML() : written.toJSON();
    }

    /** SmallRye's builder with every source of its own (annotations, static files, readers, filters) turned off. */
    private static SmallRyeOpenAPI.Builder nothingButTheDocument() {
        return SmallRyeOpenAPI.builder()
                .withConfig(NO_CONFIG)
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .enableAnnotationScan(false)
                .enableStandardFilter(false);
    }
}
