package io.oeml.ollama.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.ollama.emulator.model.GgmlType;
import io.oeml.ollama.emulator.model.Gguf;
import io.oeml.ollama.emulator.model.Tensor;

class GgufTest {

    @Test
    void headerRoundTrip() throws Exception {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("general.architecture", "llama");
        meta.put("general.type", "adapter");
        meta.put("llama.block_count", 2);
        meta.put("tokenizer.ggml.tokens", List.of("a", "b", "c"));
        List<Tensor> tensors = List.of(new Tensor("blk.0.attn_q.weight", GgmlType.Q4_K, new long[] {256, 256}));
        Gguf.Header h = Gguf.read(new ByteArrayInputStream(Gguf.write(meta, tensors)));
        assertEquals("llama", h.architecture());
        assertEquals(2L, h.archNumber("block_count"));
        assertEquals("adapter", h.string("general.type"));
        assertEquals(List.of("a", "b", "c"), h.metadata().get("tokenizer.ggml.tokens"));
        assertEquals(tensors, h.tensors());
        assertEquals(256L * 256 * 144 / 256, h.tensors().get(0).bytes());
    }

    @Test
    void otherFilesAreRejected() {
        assertThrows(Gguf.NotGgufException.class, () -> Gguf.read(new ByteArrayInputStream(
                "{\"not\":\"gguf\"}".getBytes(StandardCharsets.UTF_8))));
    }
}
