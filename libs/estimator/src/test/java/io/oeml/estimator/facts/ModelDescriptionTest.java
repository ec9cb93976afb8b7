package io.oeml.estimator.facts;

import static io.oeml.estimator.ReferenceModels.LLAMA31_8B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.estimator.InvalidModelFactException;
import io.oeml.estimator.MissingArchitectureFactsException;
import io.oeml.estimator.ReferenceModels;
import io.oeml.estimator.UnsupportedQuantizationException;
import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.GgmlType;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.TensorInfo;

/** A model outside any catalog, described by its facts the way gguf-parser users have them. */
class ModelDescriptionTest {

    /** Only the dimensions the KV cache needs: no width of the feed-forward layer, no vocabulary. */
    private static final Architecture KV_ONLY = new Architecture("llama", 32, 4096, 32, 8, 128, 128, 0, 0, 0, 0, 0, 0);

    private static ModelDescription described(Architecture arch, String quantization) {
        return new ModelDescription("my-llama", quantization, arch, List.of(), null, null, null, false);
    }

    @Test
    void explicitDimensionsRebuildTheSameWeightsAsTheReferenceModel() {
        ModelSpec spec = described(LLAMA31_8B, "q4_k_m").toSpec();
        assertThat(spec.weights()).isEqualTo(ReferenceModels.llama31("Q4_K_M").weights());
        assertThat(spec.quantization()).isEqualTo("Q4_K_M");
    }

    @Test
    void missingDimensionsAreEachNamed() {
        assertThatThrownBy(() -> described(KV_ONLY, "Q4_K_M").toSpec())
                .isInstanceOfSatisfying(MissingArchitectureFactsException.class, e -> assertThat(e.missing())
                        .containsExactly("vocab_size (or file_size_bytes)", "feed_forward_length (or file_size_bytes)"));
    }

    @Test
    void missingKvDimensionsAreNamedEvenWhenTheWeightsAreKnown() {
        Architecture noKvHeads = new Architecture("llama", 32, 4096, 32, 0, 0, 0, 128256, 14336, 0, 0, 0, 0);
        assertThatThrownBy(() -> new ModelDescription("m", "Q4_0", noKvHeads, List.of(), 4_000_000_000L, null, null, false)
                .toSpec())
                .isInstanceOfSatisfying(MissingArchitectureFactsException.class,
                        e -> assertThat(e.missing()).containsExactly("head_count_kv"));
    }

    @Test
    void anArchitectureWithoutAKnownLayoutNeedsItsTensorsOrFileSize() {
        Architecture deepseek = new Architecture("deepseek2", 27, 2048, 16, 16, 192, 128, 102400, 10944, 64, 6, 0, 163840);
        assertThatThrownBy(() -> described(deepseek, "Q4_K_M").toSpec())
                .isInstanceOfSatisfying(MissingArchitectureFactsException.class,
                        e -> assertThat(e.missing()).containsExactly("tensors or file_size_bytes"))
                .hasMessageContaining("deepseek2");
    }

    @Test
    void aFileSizeStandsInForWeightsThatCannotBeRebuilt() {
        ModelSpec spec = new ModelDescription("m", "Q4_K_M", KV_ONLY, List.of(), 4_800_000_000L, null, null, false).toSpec();
        assertThat(spec.weights().source()).isEqualTo("download_size");
        assertThat(spec.weights().totalBytes()).isEqualTo(4_800_000_000L);
    }

    @Test
    void tensorsGiveTheExactWeightsWhateverTheArchitecture() {
        List<TensorInfo> tensors = List.of(new TensorInfo("blk.0.attn_q.weight", GgmlType.Q8_0, List.of(4096L, 4096L)),
                new TensorInfo("blk.1.attn_q.weight", GgmlType.Q8_0, List.of(4096L, 4096L)),
                new TensorInfo("output.weight", GgmlType.Q6_K, List.of(4096L, 1024L)));
        Architecture unknownLayout = new Architecture("mamba-like", 2, 4096, 32, 8, 128, 128, 0, 0, 0, 0, 0, 0);
        ModelSpec spec = new ModelDescription("m", null, unknownLayout, tensors, null, null, null, false).toSpec();
        assertThat(spec.weights().source()).isEqualTo("tensors");
        assertThat(spec.weights().layer(1)).isEqualTo(GgmlType.Q8_0.bytes(4096L * 4096));
    }

    @Test
    void metadataWithoutAnArchitectureNameSaysSo() {
        Architecture unnamed = new Architecture(null, 32, 4096, 32, 8, 128, 128, 128256, 14336, 0, 0, 0, 0);
        assertThatThrownBy(() -> described(unnamed, "Q4_0").toSpec())
                .isInstanceOfSatisfying(MissingArchitectureFactsException.class, e -> assertThat(e.missing())
                        .startsWith("architecture name (general.architecture)"));
    }

    @Test
    void anUnknownQuantizationIsRefusedWhenTheWeightsMustBeRebuilt() {
        assertThatThrownBy(() -> described(LLAMA31_8B, "Q7_X").toSpec())
                .isInstanceOfSatisfying(UnsupportedQuantizationException.class,
                        e -> assertThat(e.quantization()).isEqualTo("Q7_X"));
    }

    @Test
    void withoutTensorsTheQuantizationIsAMissingFact() {
        assertThatThrownBy(() -> described(LLAMA31_8B, null).toSpec())
                .isInstanceOfSatisfying(MissingArchitectureFactsException.class,
                        e -> assertThat(e.missing()).containsExactly("quantization"));
    }

    @Test
    void aDimensionBeyondAnyRealModelIsRefused() {
        Architecture huge = new Architecture("llama", 1_000_000, 4096, 32, 8, 128, 128, 128256, 14336, 0, 0, 0, 0);
        assertThatThrownBy(() -> described(huge, "Q4_0").toSpec())
                .isInstanceOfSatisfying(InvalidModelFactException.class, e -> assertThat(e.fact()).isEqualTo("block_count"));
    }

    @Test
    void aTensorInALayerBeyondTheBoundIsRefused() {
        List<TensorInfo> tensors = List.of(new TensorInfo("blk.99999999.attn_q.weight", GgmlType.F16, List.of(8L)));
        assertThatThrownBy(() -> new ModelDescription("m", null, KV_ONLY, tensors, null, null, null, false).toSpec())
                .isInstanceOf(InvalidModelFactException.class).hasMessageContaining("blk.99999999");
    }

    @Test
    void vocabularyComesFromTheTokenEmbeddingShapeWhenTheMetadataHasNone() {
        List<TensorInfo> tensors = List.of(new TensorInfo("token_embd.weight", GgmlType.Q8_0, List.of(4096L, 128256L)),
                new TensorInfo("blk.0.attn_q.weight", GgmlType.Q4_K, List.of(4096L, 4096L)));
        ModelSpec spec = new ModelDescription("m", null, KV_ONLY, tensors, null, null, null, false).toSpec();
        assertThat(spec.architecture().vocabSize()).isEqualTo(128256L);
    }
}
