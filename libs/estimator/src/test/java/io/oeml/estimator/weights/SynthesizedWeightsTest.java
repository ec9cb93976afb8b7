package io.oeml.estimator.weights;

import static io.oeml.estimator.ReferenceModels.llama31;
import static io.oeml.estimator.ReferenceModels.qwen25;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.oeml.estimator.model.GgmlType;
import io.oeml.estimator.model.ModelWeights;
import io.oeml.estimator.model.TensorInfo;

class SynthesizedWeightsTest {

    @Test
    void llama31Q4KMLayersMatchTheReferenceTensorBytes() {
        ModelWeights weights = llama31("Q4_K_M").weights();
        assertEquals(4_186_439_680L, weights.repeatingBytes());
        assertEquals(138_936_320L, weights.layer(0));
        assertEquals(122_716_160L, weights.layer(5));
        assertEquals(430_956_544L, weights.outputBytes());
        assertEquals(295_501_824L, weights.tokenEmbeddingBytes());
    }

    @Test
    void qwen25Q4KMTotalsMatchTheReferenceTensorBytes() {
        ModelWeights weights = qwen25().weights();
        assertEquals(4_677_120_000L, weights.totalBytes());
        assertEquals(149_112_832L, weights.layer(0));
        assertEquals(447_082_496L, weights.outputBytes());
        assertEquals(306_561_024L, weights.tokenEmbeddingBytes());
    }

    @Test
    void q4KMGivesMoreBitsToHalfOfThirtyTwoLayers() {
        long heavy = IntStream.range(0, 32).filter(i -> SynthesizedWeights.useMoreBits(i, 32)).count();
        assertEquals(16, heavy);
    }

    @Test
    void q4_0KeepsTheOutputLayerAtQ6K() {
        assertEquals(430_956_544L, llama31("Q4_0").weights().outputBytes());
    }

    @Test
    void tensorListWithoutOutputWeightTreatsTokenEmbeddingAsOutput() {
        List<TensorInfo> tensors = List.of(
                new TensorInfo("token_embd.weight", GgmlType.Q6_K, List.of(256L, 1000L)),
                new TensorInfo("output_norm.weight", GgmlType.F32, List.of(256L)),
                new TensorInfo("blk.0.attn_q.weight", GgmlType.Q4_K, List.of(256L, 256L)),
                new TensorInfo("blk.1.attn_q.weight", GgmlType.Q4_K, List.of(256L, 256L)));
        ModelWeights weights = TensorWeights.group(tensors, 2);
        assertEquals(2, weights.layerCount());
        assertEquals(GgmlType.Q6_K.bytes(256_000) + 1024, weights.outputBytes());
        assertEquals(0, weights.tokenEmbeddingBytes());
        assertTrue(weights.layer(1) > 0);
    }
}
