package io.oeml.library.catalog.service;

import java.util.ArrayList;
import java.util.List;

import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.ModelFacts;

/** Catalogs for tests: the shipped rows as entries, and fleet-scale catalogs made of copies of them. */
public final class TestCatalogs {

    private TestCatalogs() {
    }

    public static List<CatalogEntry> shipped() {
        return CatalogFixture.shippedCatalog().stream().map(CatalogEntryFactory::create).toList();
    }

    /** {@code size} copies of the rows under new names, so the synthetic catalog has the real mix of facts. */
    public static List<CatalogEntry> copies(List<CatalogEntry> rows, int size) {
        List<CatalogEntry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ModelFacts f = rows.get(i % rows.size()).facts();
            String name = f.family() + "-v" + i + ":" + f.tag();
            ModelFacts copy = new ModelFacts(name, f.family() + "-v" + i, f.tag(), "synthetic", f.description(), f.architecture(),
                    f.parameterCount(), f.activeParameterCount(), f.quantization(), f.downloadSizeBytes(), f.contextLength(),
                    f.blockCount(), f.embeddingLength(), f.headCount(), f.headCountKv(), f.headDim(), f.vocabSize(),
                    f.feedForwardLength(), f.expertCount(), f.expertUsedCount(), f.kvBytesPerTokenF16(), f.tiedEmbeddings(),
                    f.license(), f.capabilities(), f.editorialCategories(), f.benchmarks(), f.benchmarkSource(), f.facts(), null, null);
            entries.add(CatalogEntryFactory.create(copy));
        }
        return entries;
    }
}
