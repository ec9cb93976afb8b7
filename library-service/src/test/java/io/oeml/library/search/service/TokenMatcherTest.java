package io.oeml.library.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.oeml.library.search.service.TokenMatcher.Match;

class TokenMatcherTest {

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
            "llama, llama, EXACT", "llama, llama3, PREFIX", "llama, tinyllama, SUBSTRING",
            "llama, llava, ONE_TYPO", "codr, coder, ONE_TYPO", "mistrel, mixtral, TWO_TYPOS",
            "llama, gemma, NONE", "llama, large, NONE", "codr, cxdy, NONE", "ab, ac, NONE", "mistral, minicpm, NONE" })
    void typosAreCountedWithinTheBudgetOfTheQueryLength(String query, String token, Match expected) {
        assertEquals(expected, TokenMatcher.match(query, token));
    }
}
