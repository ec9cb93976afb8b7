package io.oeml.library.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.library.catalog.model.Fact;
import io.oeml.library.catalog.model.ModelFacts;

class ModelsCsvParserTest {

    @Test
    void readsEverySixtySixRows() {
        assertEquals(66, CatalogFixture.shippedCatalog().size());
    }

    @Test
    void readsArchitectureFactsOfLlama31() {
        ModelFacts llama = CatalogFixture.model("llama3.1:8b");
        assertEquals("llama", llama.architecture());
        assertEquals(8_000_000_000L, llama.parameterCount());
        assertEquals("Q4_K_M", llama.quantization());
        assertEquals(32, llama.blockCount());
        assertEquals(128_256L, llama.vocabSize());
        assertEquals(4_900_000_000L, llama.downloadSizeBytes());
        assertEquals(List.of("completion", "tools"), llama.capabilities());
        assertEquals(69.4, llama.benchmarks().get("mmlu"));
    }

    @Test
    void emptyCellsStayUnknownRatherThanZero() {
        ModelFacts granite = CatalogFixture.model("granite3.3:8b");
        assertNull(granite.blockCount());
        assertNull(granite.quantization());
        assertTrue(granite.benchmarks().isEmpty());
    }

    @Test
    void everyFactNamesItsSource() {
        for (ModelFacts model : CatalogFixture.shippedCatalog()) {
            for (Fact fact : model.facts()) {
                assertFalse(fact.source() == null || fact.source().isBlank(), model.name() + " " + fact.name());
            }
        }
    }

    @Test
    void benchmarkFactsCiteTheBenchmarkTable() {
        Fact mmlu = CatalogFixture.model("llama3.1:8b").facts().stream().filter(f -> f.name().equals("mmlu")).findFirst()
                .orElseThrow();
        assertTrue(mmlu.source().startsWith("L31MC"), mmlu.source());
    }

    @Test
    void slidingWindowIsReadFromTheNotes() {
        assertEquals(1024L, CatalogFixture.model("gemma3:12b").slidingWindow());
        assertEquals(512L, CatalogFixture.model("gemma3:1b").slidingWindow());
        assertNull(CatalogFixture.model("llama3.1:8b").slidingWindow());
    }

    @Test
    void tiedEmbeddingsAreReadFromTheNotes() {
        assertTrue(CatalogFixture.model("llama3.2:3b").tiedEmbeddings());
        assertFalse(CatalogFixture.model("llama3.1:8b").tiedEmbeddings());
    }
}
