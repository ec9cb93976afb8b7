package io.oeml.optimizer.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.space.Assignment;

class OllamaOptionsTest {

    private static final Assignment TRIAL = Assignment.builder().put("temperature", 0.25).put("top_k", 40)
            .put("num_ctx", "4096").put("use_mmap", "false").build();

    @Test
    void floatsStayDoublesAndIntegersStayInts() {
        Map<String, Object> options = OllamaOptions.of(TRIAL);

        assertThat(options.get("temperature")).isEqualTo(0.25);
        assertThat(options.get("top_k")).isInstanceOf(Integer.class).isEqualTo(40);
    }

    @Test
    void aCategoricalNumCtxBecomesAnInteger() {
        assertThat(OllamaOptions.of(TRIAL).get("num_ctx")).isInstanceOf(Integer.class).isEqualTo(4096);
    }

    @Test
    void aCategoricalBooleanBecomesABoolean() {
        assertThat(OllamaOptions.of(TRIAL).get("use_mmap")).isEqualTo(Boolean.FALSE);
    }

    @Test
    void fixedOptionsFollowTheSearchedOnes() {
        assertThat(OllamaOptions.of(TRIAL, Map.of("num_thread", 8)))
                .containsExactly(Map.entry("temperature", 0.25), Map.entry("top_k", 40), Map.entry("num_ctx", 4096),
                        Map.entry("use_mmap", false), Map.entry("num_thread", 8));
    }

    @Test
    void aNameThatIsNoOllamaOptionIsRefused() {
        assertThatThrownBy(() -> OllamaOptions.of(Assignment.builder().put("x1", 0.5).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x1' is not an Ollama option");
    }
}
