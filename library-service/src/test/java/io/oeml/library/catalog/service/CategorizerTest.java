package io.oeml.library.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.oeml.library.catalog.model.Category;

class CategorizerTest {

    @Test
    void editorialCategoriesAreKept() {
        assertEquals(Set.of(Category.GENERAL), Categorizer.categorize(CatalogFixture.model("llama3.1:8b")));
    }

    @Test
    void thinkingCapabilityPutsAModelInMath() {
        assertTrue(Categorizer.categorize(CatalogFixture.model("qwen3:8b")).contains(Category.MATH));
    }

    @Test
    void coderFamilyIsCode() {
        assertTrue(Categorizer.categorize(CatalogFixture.model("qwen2.5-coder:7b")).contains(Category.CODE));
    }

    @Test
    void visionCapabilityIsVision() {
        assertTrue(Categorizer.categorize(CatalogFixture.model("gemma3:12b")).contains(Category.VISION));
    }

    @Test
    void embeddingCapabilityIsEmbedding() {
        assertTrue(Categorizer.categorize(CatalogFixture.model("nomic-embed-text:latest")).contains(Category.EMBEDDING));
    }

    @Test
    void modelsBelowFourAndAHalfBillionParametersAreSmall() {
        assertTrue(Categorizer.categorize(CatalogFixture.model("qwen2.5:3b")).contains(Category.SMALL));
    }
}
