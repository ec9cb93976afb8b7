package io.oeml.estimator.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ollama tags that carry their quantization. */
class QuantizedTagTest {

    @Test
    void anInstructTagWithQ8_0IsTheShortTagAtQ8_0() {
        QuantizedTag tag = QuantizedTag.parse("llama3.2:3b-instruct-q8_0").orElseThrow();
        assertThat(tag.quantization()).isEqualTo("Q8_0");
        assertThat(tag.baseNames()).containsExactly("llama3.2:3b-instruct", "llama3.2:3b");
    }

    @Test
    void kQuantSuffixesKeepTheirLevel() {
        assertThat(QuantizedTag.parse("qwen2.5:7b-instruct-q4_K_M").orElseThrow().quantization()).isEqualTo("Q4_K_M");
    }

    @Test
    void fp16IsOllamasF16() {
        assertThat(QuantizedTag.parse("llama3.1:8b-instruct-fp16").orElseThrow().quantization()).isEqualTo("F16");
    }

    @Test
    void aTagWithoutAQuantizationIsNone() {
        assertThat(QuantizedTag.parse("llama3.2:3b")).isEmpty();
        assertThat(QuantizedTag.parse("llama3.2")).isEmpty();
    }

    @Test
    void aGemmaItTagAlsoOffersTheShortTag() {
        assertThat(QuantizedTag.parse("gemma3:4b-it-q4_K_M").orElseThrow().baseNames())
                .containsExactly("gemma3:4b-it", "gemma3:4b");
    }
}
