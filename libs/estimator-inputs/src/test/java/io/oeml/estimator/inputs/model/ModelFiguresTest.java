package io.oeml.estimator.inputs.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.estimator.model.ModelSpec;
import io.oeml.ollama.client.model.ModelDetails;
import io.oeml.ollama.client.model.ShowResponse;
import io.oeml.ollama.client.model.TensorInfo;

/** A host's /api/show answer as the estimator's figures, and the spec made of them. */
class ModelFiguresTest {

    private static final ModelDetails DETAILS = new ModelDetails("", "gguf", "llama", List.of("llama"), "135M", "Q4_1", null, null);
    private static final Map<String, Object> LLAMA_INFO = Map.of("general.architecture", "llama",
            "general.parameter_count", 134_515_008L, "llama.block_count", 2, "llama.embedding_length", 576,
            "llama.attention.head_count", 9, "llama.attention.head_count_kv", List.of(3, 0, 3), "llama.context_length", 8192);
    private static final List<TensorInfo> TENSORS = List.of(
            new TensorInfo("token_embd.weight", "Q8_0", List.of(576L, 49152L)),
            new TensorInfo("blk.0.attn_q.weight", "Q4_1", List.of(576L, 576L)),
            new TensorInfo("blk.1.attn_q.weight", "Q4_1", List.of(576L, 576L)));

    @Test
    void theArchitectureIsReadFromModelInfo() {
        ModelFigures figures = ModelFigures.fromShow("smollm2:135m", 98_000_000L, show(LLAMA_INFO, TENSORS));

        assertThat(figures.architecture()).isEqualTo("llama");
        assertThat(figures.blockCount()).isEqualTo(2);
        assertThat(figures.headDim()).as("embedding_length / head_count").isEqualTo(64L);
        assertThat(figures.headCountKv()).as("smallest positive of the per-layer counts").isEqualTo(3L);
        assertThat(figures.vocabSize()).as("from token_embd.weight").isEqualTo(49152L);
        assertThat(figures.contextLength()).isEqualTo(8192L);
        assertThat(figures.quantization()).isEqualTo("Q4_1");
    }

    @Test
    void theTensorListGivesTheExactWeights() {
        ModelSpec spec = ModelSpecs.spec(ModelFigures.fromShow("smollm2:135m", null, show(LLAMA_INFO, TENSORS)),
                new ArrayList<>());

        assertThat(spec.weights().source()).isEqualTo("tensors");
        assertThat(spec.weights().layerCount()).isEqualTo(2);
        assertThat(spec.parameterCount()).isEqualTo(134_515_008L);
    }

    @Test
    void withoutTensorsOrDimensionsTheDownloadSizeIsSpreadAndSaidSo() {
        List<String> notes = new ArrayList<>();

        ModelSpec spec = ModelSpecs.spec(ModelFigures.fromShow("odd:1b", 1_300_000_000L,
                show(Map.of("general.architecture", "odd", "odd.block_count", 4), List.of())), notes);

        assertThat(spec.weights().source()).isEqualTo("download_size");
        assertThat(notes).contains("weights from the download size (1.3 GB): architecture facts are not enough to rebuild the tensors");
    }

    @Test
    void aProjectorMakesTheModelAVisionModel() {
        ShowResponse withProjector = new ShowResponse(null, "", "", "", "", null, null, null, DETAILS, List.of(), LLAMA_INFO,
                Map.of("clip.has_vision_encoder", true), TENSORS, List.of("completion"), null, null, null);

        assertThat(ModelFigures.fromShow("v:1b", null, withProjector).capabilities()).containsExactly("completion", "vision");
    }

    private static ShowResponse show(Map<String, Object> modelInfo, List<TensorInfo> tensors) {
        return new ShowResponse(null, "", "", "", "", null, null, null, DETAILS, List.of(), modelInfo, Map.of(), tensors,
                List.of("completion"), null, null, null);
    }
}
