package io.oeml.library.catalog.service;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.oeml.library.catalog.model.ModelFacts;

/** The shipped models.csv, parsed once per test class. */
final class CatalogFixture {

    private CatalogFixture() {
    }

    static List<ModelFacts> shippedCatalog() {
        try (Reader reader = new InputStreamReader(CatalogFixture.class.getResourceAsStream("/catalog/models.csv"),
                StandardCharsets.UTF_8)) {
            return ModelsCsvParser.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModelFacts model(String name) {
        return shippedCatalog().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
