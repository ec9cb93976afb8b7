package io.oeml.library.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.oeml.library.catalog.service.CatalogEntryFactory;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.catalog.service.ModelsCsvParser;
import io.oeml.library.search.model.MatchedOn;
import io.oeml.library.search.model.SearchCriteria;
import io.oeml.library.search.model.SearchHit;

/** Ranking and match explanations over the shipped catalog. */
class SearchEngineTest {

    private static SearchEngine engine;

    @BeforeAll
    static void indexTheShippedCatalog() throws IOException {
        CatalogIndex catalog = new CatalogIndex();
        try (Reader csv = new InputStreamReader(SearchEngineTest.class.getResourceAsStream("/catalog/models.csv"),
                StandardCharsets.UTF_8)) {
            catalog.replace(ModelsCsvParser.parse(csv).stream().map(CatalogEntryFactory::create).toList());
        }
        engine = new SearchEngine(catalog);
    }

    @Test
    void aModelFoundThroughItsArchitectureSaysItMatchedOnFamily() {
        assertEquals(Set.of(MatchedOn.FAMILY), hit("llama", "mistral:7b").matchedOn());
    }

    @Test
    void aModelFoundThroughItsNameSaysItMatchedOnName() {
        assertEquals(Set.of(MatchedOn.NAME), hit("llama", "llama3.1:8b").matchedOn());
    }

    @Test
    void aModelFoundThroughACapabilitySaysSo() {
        assertEquals(Set.of(MatchedOn.CAPABILITY), hit("embedding", "nomic-embed-text:latest").matchedOn());
    }

    @Test
    void aModelFoundThroughACategorySaysSo() {
        assertEquals(Set.of(MatchedOn.CATEGORY), hit("math", "qwen3:8b").matchedOn());
    }

    @Test
    void aModelFoundThroughItsDescriptionSaysSo() {
        assertEquals(Set.of(MatchedOn.DESCRIPTION), hit("instruct", "llama3.1:8b").matchedOn());
    }

    @Test
    void aTypoToleratedMatchSaysItWasATypo() {
        assertEquals(Set.of(MatchedOn.NAME, MatchedOn.TYPO), hit("qwen2.5-codr", "qwen2.5-coder:7b").matchedOn());
    }

    @Test
    void anExactFullNameMatchesOnName() {
        SearchHit hit = hit("mistral:7b", "mistral:7b");
        assertEquals(Set.of(MatchedOn.NAME), hit.matchedOn());
        assertEquals(1.0, hit.relevance());
    }

    @Test
    void aFiveLetterQueryToleratesOneTypoNotTwo() {
        assertTrue(search("llama").stream().noneMatch(h -> h.entry().name().startsWith("gemma")),
                () -> search("llama").stream().map(h -> h.entry().name()).toList().toString());
    }

    @Test
    void theModelNamedExactlyLikeTheQueryRanksFirst() {
        assertEquals("mistral:7b", search("mistral").get(0).entry().name());
        assertEquals("qwen2.5-coder:7b", search("qwen2.5-coder:7b").get(0).entry().name());
    }

    @Test
    void aWordOfTheTagRanksBelowTheModelsNamedLikeTheQuery() {
        List<SearchHit> hits = search("llama");
        assertTrue(hits.get(0).entry().name().startsWith("llama3"), hits.get(0).entry().name());
        assertEquals(Set.of(MatchedOn.TAG), hit("distill", "deepseek-r1:8b-llama-distill-q4_K_M").matchedOn());
    }

    @Test
    void withoutAQueryNothingInParticularMatched() {
        assertTrue(search(null).get(0).matchedOn().isEmpty());
    }

    @Test
    void nameMatchesRankAboveFamilyMatches() {
        List<SearchHit> hits = search("llama");
        int lastNameMatch = lastIndexOf(hits, Set.of(MatchedOn.NAME));
        int firstFamilyOnly = hits.indexOf(hits.stream().filter(h -> h.matchedOn().equals(Set.of(MatchedOn.FAMILY)))
                .findFirst().orElseThrow());
        assertTrue(lastNameMatch < firstFamilyOnly, "name matches up to " + lastNameMatch + ", first family-only match at "
                + firstFamilyOnly + ": " + hits.stream().map(h -> h.entry().name() + h.matchedOn()).toList());
    }

    @Test
    void punctuationAndMarkupAreSearchedAsPlainWords() {
        assertEquals("codellama:7b", search("\"codellama\" <b>7b</b>").get(0).entry().name());
    }

    private static SearchHit hit(String query, String name) {
        return search(query).stream().filter(h -> h.entry().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found for " + query));
    }

    private static int lastIndexOf(List<SearchHit> hits, Set<MatchedOn> matchedOn) {
        int last = -1;
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).matchedOn().equals(matchedOn)) {
                last = i;
            }
        }
        return last;
    }

    private static List<SearchHit> search(String query) {
        SearchCriteria criteria = new SearchCriteria(query, null, null, null, null, null, null, "relevance", true, 1, 100);
        return engine.search(criteria, entry -> true).hits();
    }
}
