package io.oeml.library.discovery.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.ModelFacts;
import io.oeml.library.catalog.service.Categorizer;
import io.oeml.ollama.client.model.ModelDetails;
import io.oeml.ollama.client.model.ModelSummary;
import io.oeml.ollama.client.model.ShowResponse;
import io.oeml.ollama.client.model.TensorInfo;

class ShowFactsTest {

    private static final ModelDetails DETAILS = new ModelDetails("", "gguf", "llama", List.of("llama"), "8.0B", "Q4_K_M", null, null);

    private static ShowResponse show(Map<String, Object> modelInfo, Map<String, Object> projector, List<String> capabilities,
            List<TensorInfo> tensors) {
        return new ShowResponse("Apache 2.0\nmore", "", "", "", "", null, null, null, DETAILS, List.of(), modelInfo, projector,
                tensors, capabilities, null, null, null);
    }

    private static ModelSummary summary(String name) {
        return new ModelSummary(name, name, null, 4_900_000_000L, "abc123def4567890", DETAILS, List.of(), null, null);
    }

    private static final Map<String, Object> LLAMA_INFO = Map.of(
            "general.architecture", "llama", "general.parameter_count", 8_030_261_248L, "llama.block_count", 2,
            "llama.embedding_length", 256, "llama.attention.head_count", 4, "llama.attention.head_count_kv", 2,
            "llama.context_length", 131072);

    private static final List<TensorInfo> TENSORS = List.of(
            new TensorInfo("token_embd.weight", "Q4_K", List.of(256L, 1000L)),
            new TensorInfo("blk.0.attn_q.weight", "Q4_K", List.of(256L, 256L)),
            new TensorInfo("blk.1.attn_q.weight", "Q6_K", List.of(256L, 256L)),
            new TensorInfo("output.weight", "Q6_K", List.of(256L, 1000L)),
            new TensorInfo("output_norm.weight", "F32", List.of(256L)));

    @Test
    void readsArchitectureFactsFromModelInfoWithTheirKeys() {
        ModelFacts facts = ShowFacts.from("host-a", summary("custom:8b"), show(LLAMA_INFO, Map.of(), List.of("completion"), TENSORS));
        assertEquals("llama", facts.architecture());
        assertEquals(8_030_261_248L, facts.parameterCount());
        assertEquals(2, facts.blockCount());
        assertEquals(64L, facts.headDim());
        assertEquals(1000L, facts.vocabSize());
        assertEquals("discovered", facts.origin());
        assertTrue(facts.facts().stream().anyMatch(f -> f.name().equals("block_count")
                && f.source().equals("ollama /api/show on host-a: model_info.llama.block_count")));
    }

    @Test
    void slidingWindowIsReadForTheEstimator() {
        Map<String, Object> gemma = Map.of("general.architecture", "gemma3", "gemma3.block_count", 2,
                "gemma3.attention.sliding_window", 1024);
        assertEquals(1024L, ShowFacts.from("host-a", summary("g:1b"), show(gemma, Map.of(), List.of("completion"), TENSORS))
                .slidingWindow());
    }

    @Test
    void weightsComeFromTheTensorList() {
        ModelFacts facts = ShowFacts.from("host-a", summary("custom:8b"), show(LLAMA_INFO, Map.of(), List.of("completion"), TENSORS));
        assertEquals("tensors", facts.tensorWeights().source());
        assertEquals(2, facts.tensorWeights().layerCount());
    }

    @Test
    void projectorMakesAModelVision() {
        ModelFacts facts = ShowFacts.from("host-a", summary("custom:8b"),
                show(LLAMA_INFO, Map.of("clip.vision.block_count", 24), List.of("completion"), TENSORS));
        assertTrue(facts.capabilities().contains("vision"));
        assertTrue(Categorizer.categorize(facts).contains(Category.VISION));
    }

    @Test
    void poolingTypeMakesAModelEmbedding() {
        Map<String, Object> bert = Map.of("general.architecture", "bert", "bert.pooling_type", 1, "bert.block_count", 6);
        ModelFacts facts = ShowFacts.from("host-a", summary("my-embedder:latest"), show(bert, Map.of(), List.of(), List.of()));
        assertTrue(Categorizer.categorize(facts).contains(Category.EMBEDDING));
    }

    @Test
    void coderNameAndThinkingCapabilityGiveCodeAndMath() {
        ModelFacts facts = ShowFacts.from("host-a", summary("team-coder:8b"),
                show(LLAMA_INFO, Map.of(), List.of("completion", "thinking"), TENSORS));
        assertTrue(Categorizer.categorize(facts).containsAll(List.of(Category.CODE, Category.MATH)));
    }
}
