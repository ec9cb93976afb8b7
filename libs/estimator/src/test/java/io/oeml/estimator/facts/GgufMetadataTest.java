package io.oeml.estimator.facts;

import static io.oeml.estimator.ReferenceModels.LLAMA31_8B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.estimator.InvalidModelFactException;
import io.oeml.estimator.model.Architecture;

/** GGUF metadata as {@code /api/show} returns it in {@code model_info}. */
class GgufMetadataTest {

    private static final Map<String, Object> LLAMA31_MODEL_INFO = Map.ofEntries(
            Map.entry("general.architecture", "llama"),
            Map.entry("general.parameter_count", 8_030_261_248L),
            Map.entry("llama.block_count", 32),
            Map.entry("llama.embedding_length", 4096),
            Map.entry("llama.attention.head_count", 32),
            Map.entry("llama.attention.head_count_kv", 8),
            Map.entry("llama.attention.key_length", 128),
            Map.entry("llama.attention.value_length", 128),
            Map.entry("llama.vocab_size", 128256),
            Map.entry("llama.feed_forward_length", 14336),
            Map.entry("llama.context_length", 131072),
            Map.entry("llama.rope.freq_base", 500000.0));

    @Test
    void llama31ModelInfoGivesItsArchitecture() {
        assertThat(GgufMetadata.architecture(LLAMA31_MODEL_INFO)).isEqualTo(LLAMA31_8B);
    }

    @Test
    void theParameterCountIsRead() {
        assertThat(GgufMetadata.parameterCount(LLAMA31_MODEL_INFO)).isEqualTo(8_030_261_248L);
    }

    @Test
    void perLayerHeadCountsTakeTheLargestQueryAndSmallestPositiveKvCount() {
        Architecture arch = GgufMetadata.architecture(Map.of("general.architecture", "gemma3n",
                "gemma3n.attention.head_count", List.of(8, 8, 8), "gemma3n.attention.head_count_kv", List.of(2, 0, 2)));
        assertThat(arch.headCount()).isEqualTo(8);
        assertThat(arch.headCountKv()).isEqualTo(2);
    }

    @Test
    void theVocabularyFallsBackToTheTokenList() {
        Architecture arch = GgufMetadata.architecture(Map.of("general.architecture", "llama",
                "tokenizer.ggml.tokens", List.of("<s>", "</s>", "a")));
        assertThat(arch.vocabSize()).isEqualTo(3);
    }

    @Test
    void absentKeysAreUnknown() {
        Architecture arch = GgufMetadata.architecture(Map.of("general.architecture", "llama"));
        assertThat(arch.blockCount()).isZero();
        assertThat(arch.headCountKv()).isZero();
    }

    @Test
    void aDimensionThatIsNotAWholeNumberIsRefusedByItsKey() {
        assertThatThrownBy(() -> GgufMetadata.architecture(Map.of("general.architecture", "llama",
                "llama.block_count", "thirty-two")))
                .isInstanceOfSatisfying(InvalidModelFactException.class,
                        e -> assertThat(e.fact()).isEqualTo("llama.block_count"));
    }

    @Test
    void aNegativeDimensionIsRefused() {
        assertThatThrownBy(() -> GgufMetadata.architecture(Map.of("general.architecture", "llama",
                "llama.embedding_length", -4096))).isInstanceOf(InvalidModelFactException.class);
    }
}
