package io.oeml.ollama.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.ollama.emulator.model.InstalledModel;
import io.oeml.ollama.emulator.model.SeedCatalog;
import io.oeml.ollama.emulator.model.Tensor;
import io.oeml.ollama.emulator.model.TensorLayout;

/** The synthesised tensor lists reproduce the byte counts of docs/ollama.md §5.8 exactly. */
class TensorLayoutTest {

    private static InstalledModel seed(String name) {
        return SeedCatalog.load().stream().map(SeedCatalog.Seed::model).filter(m -> m.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static long bytes(List<Tensor> ts, String prefix) {
        return ts.stream().filter(t -> t.name().startsWith(prefix)).mapToLong(Tensor::bytes).sum();
    }

    @Test
    void llama31_8bQ4KM() {
        List<Tensor> t = seed("llama3.1:8b").tensors();
        assertEquals(4_186_439_680L, bytes(t, "blk."), "32 repeating layers");
        assertEquals(138_936_320L, bytes(t, "blk.0."), "blk.0 (Q6_K-heavy)");
        assertEquals(122_716_160L, bytes(t, "blk.5."), "a lighter layer");
        assertEquals(430_956_544L, bytes(t, "output"), "output (Q6_K) + norm");
        assertEquals(295_501_824L, bytes(t, "token_embd"), "token_embd (Q4_K)");
        assertEquals(291, t.size());
    }

    @Test
    void qwen25_7bQ4KM() {
        List<Tensor> t = seed("qwen2.5:7b").tensors();
        assertEquals(4_677_120_000L, TensorLayout.totalBytes(t));
        assertEquals(149_112_832L, bytes(t, "blk.0."));
        assertEquals(447_082_496L, bytes(t, "output"));
        assertEquals(306_561_024L, bytes(t, "token_embd"));
        assertTrue(t.stream().anyMatch(x -> x.name().equals("blk.0.attn_q.bias")), "qwen2 has q/k/v biases");
    }

    @Test
    void tiedEmbeddingsHaveNoOutputTensor() {
        List<Tensor> t = seed("qwen3:4b").tensors();
        assertFalse(t.stream().anyMatch(x -> x.name().equals("output.weight")));
        assertEquals("Q6_K", t.stream().filter(x -> x.name().equals("token_embd.weight")).findFirst().orElseThrow()
                .type().name(), "tied embeddings take the output's type");
        assertTrue(t.stream().anyMatch(x -> x.name().equals("blk.0.attn_q_norm.weight")));
    }
}
