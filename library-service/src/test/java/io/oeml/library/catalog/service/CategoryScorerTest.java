package io.oeml.library.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.CategoryScore;

class CategoryScorerTest {

    @Test
    void codeScoreIsTheMeanOfHumanEvalAndMbpp() {
        CategoryScore code = CategoryScorer.score(CatalogFixture.model("llama3.1:8b"), Category.CODE);
        assertEquals((72.6 + 72.8) / 2 / 100, code.score(), 0.0005);
        assertEquals(List.of("humaneval", "mbpp"), code.benchmarks());
    }

    @Test
    void generalScoreIsMmlu() {
        assertEquals(0.694, CategoryScorer.score(CatalogFixture.model("llama3.1:8b"), Category.GENERAL).score(), 1e-9);
    }

    @Test
    void categoryWithoutPublishedBenchmarkHasNoScoreAndSaysSo() {
        CategoryScore vision = CategoryScorer.score(CatalogFixture.model("llama3.1:8b"), Category.VISION);
        assertNull(vision.score());
        assertTrue(vision.basis().startsWith("no published mmmu score"), vision.basis());
    }

    @Test
    void scoreBasisShowsTheInputs() {
        String basis = CategoryScorer.score(CatalogFixture.model("llama3.1:8b"), Category.MATH).basis();
        assertTrue(basis.contains("gsm8k 84.5") && basis.contains("math 51.9"), basis);
    }
}
