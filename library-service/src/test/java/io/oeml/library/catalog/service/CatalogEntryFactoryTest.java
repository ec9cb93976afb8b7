package io.oeml.library.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.estimator.model.ModelWeights;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.ModelFacts;
import io.oeml.library.catalog.model.SizeClass;

class CatalogEntryFactoryTest {

    @Test
    void llama31MemoryRequirementIsTheEraAEstimateAt4096() {
        CatalogEntry entry = CatalogEntryFactory.create(CatalogFixture.model("llama3.1:8b"));
        // era A at 4096: between the 2048 (5.78 GB) and 8192 (6.93 GB) worked examples of docs/ollama.md §5.8
        assertTrue(entry.memoryRequirementBytes() > 5.78e9 && entry.memoryRequirementBytes() < 6.93e9);
        assertEquals("synthesized", entry.spec().weights().source());
    }

    @Test
    void rebuiltWeightsAgreeWithTheRoundedDownloadSizes() {
        List<Double> deviations = new ArrayList<>();
        for (ModelFacts facts : CatalogFixture.shippedCatalog()) {
            ModelWeights weights = CatalogEntryFactory.create(facts).spec().weights();
            boolean textOnlyRebuild = weights.source().equals("synthesized") && weights.projectorBytes() == 0;
            if (textOnlyRebuild && facts.downloadSizeBytes() != null) {
                double deviation = Math.abs(weights.totalBytes() / (double) facts.downloadSizeBytes() - 1);
                assertTrue(deviation < 0.10, facts.name() + " deviates " + deviation);
                deviations.add(deviation);
            }
        }
        Collections.sort(deviations);
        assertTrue(deviations.size() > 40);
        assertTrue(deviations.get(deviations.size() / 2) < 0.015, "median deviation " + deviations.get(deviations.size() / 2));
    }

    @Test
    void modelWithoutArchitectureFactsFallsBackToItsDownloadSize() {
        CatalogEntry entry = CatalogEntryFactory.create(CatalogFixture.model("granite3.3:8b"));
        assertEquals("download_size", entry.spec().weights().source());
        assertTrue(entry.notes().stream().anyMatch(n -> n.startsWith("weights from the download size")));
    }

    @Test
    void sizeClassFollowsParameterCount() {
        assertEquals(SizeClass.MEDIUM, CatalogEntryFactory.create(CatalogFixture.model("llama3.1:8b")).sizeClass());
        assertEquals(SizeClass.HUGE, CatalogEntryFactory.create(CatalogFixture.model("llama3.1:70b")).sizeClass());
        assertEquals(SizeClass.TINY, CatalogEntryFactory.create(CatalogFixture.model("qwen2.5:0.5b")).sizeClass());
    }
}
