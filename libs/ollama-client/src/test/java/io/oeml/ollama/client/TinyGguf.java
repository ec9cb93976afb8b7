package io.oeml.ollama.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.oeml.ollama.client.model.CreateRequest;
import io.oeml.ollama.emulator.model.GgmlType;
import io.oeml.ollama.emulator.model.Gguf;
import io.oeml.ollama.emulator.model.Tensor;

/** A one-tensor GGUF of a given architecture, uploaded and created as a model on the emulator. */
final class TinyGguf {

    private TinyGguf() {
    }

    /** Creates {@code name} from a GGUF with {@code general.architecture = architecture} and the given metadata. */
    static void create(OllamaClient client, String name, String architecture, Map<String, Object> extra)
            throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("general.architecture", architecture);
        meta.put("general.file_type", 1);
        meta.put(architecture + ".block_count", 1);
        meta.putAll(extra);
        Path gguf = Files.createTempFile("tiny-" + architecture, ".gguf");
        try {
            Files.write(gguf, Gguf.write(meta, List.of(new Tensor("blk.0.attn_q.weight", GgmlType.F16,
                    new long[] {8, 8}))));
            OllamaContractSuite.await(client.create(CreateRequest.builder(name)
                    .file("model.gguf", OllamaContractSuite.await(client.uploadBlob(gguf)).digest()).build()));
        } finally {
            Files.deleteIfExists(gguf);
        }
    }
}
