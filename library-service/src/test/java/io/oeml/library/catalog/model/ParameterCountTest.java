package io.oeml.library.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterCountTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({ "8000000000, 8000000000", "8B, 8000000000", "7.5b, 7500000000", "335M, 335000000", "22m, 22000000" })
    void acceptsPlainAndSuffixedCounts(String text, long expected) {
        assertEquals(expected, ParameterCount.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "-8B", "8 GB", "", "1e9", "0" })
    void rejectsAnythingElse(String text) {
        assertNull(ParameterCount.parse(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({ "8000000000, 8B", "3210000000, 3.2B", "335000000, 335M", "70000000000, 70B" })
    void labelsLikeTheLibrary(long parameters, String label) {
        assertEquals(label, ParameterCount.label(parameters));
    }
}
