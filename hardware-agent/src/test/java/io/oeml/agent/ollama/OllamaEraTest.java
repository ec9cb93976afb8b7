package io.oeml.agent.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OllamaEraTest {

    @Test
    void staticEstimatorUpTo0_11_10() {
        assertEquals("A", OllamaEra.of("0.11.10"));
        assertEquals("A", OllamaEra.of("0.1.32"));
    }

    @Test
    void backendMeasuredLayoutsFrom0_11_11To0_29() {
        assertEquals("B", OllamaEra.of("0.11.11"));
        assertEquals("B", OllamaEra.of("0.29.4"));
    }

    @Test
    void llamaServerFrom0_30() {
        assertEquals("C", OllamaEra.of("0.30.0"));
        assertEquals("C", OllamaEra.of("0.33.0-rc2"));
    }

    @Test
    void devBuildHasNoEra() {
        assertNull(OllamaEra.of("0.0.0-dev"));
        assertNull(OllamaEra.of("main"));
    }
}
