package io.oeml.ollama.emulator.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The emulator's seed models, read from {@code seed-models.json} (values copied from
 * library-service/src/main/resources/catalog/models.csv). Models flagged {@code installed} are present at start; the
 * rest form the emulated registry that {@code /api/pull} can fetch.
 */
public final class SeedCatalog {

    public record Seed(InstalledModel model, boolean installed) {
    }

    private SeedCatalog() {
    }

    public static List<Seed> load() {
        try (InputStream in = SeedCatalog.class.getResourceAsStream("/io/oeml/ollama/emulator/seed-models.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Seed> seeds = new ArrayList<>();
            Instant base = Instant.parse("2026-07-15T10:00:00Z");
            int i = 0;
            for (JsonNode m : root.get("models")) {
                seeds.add(new Seed(toModel(m, base.minusSeconds(3600L * i++)), m.path("installed").asBoolean()));
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InstalledModel toModel(JsonNode m, Instant modified) {
        String name = m.get("name").asText();
        List<String> caps = new ArrayList<>();
        m.get("capabilities").forEach(c -> caps.add(c.asText()));
        ModelSpec spec = new ModelSpec(
                text(m, "architecture"), dbl(m, "parameter_count_b"), text(m, "quantization"),
                integer(m, "context_length"), integer(m, "block_count"), integer(m, "embedding_length"),
                integer(m, "head_count"), integer(m, "head_count_kv"), integer(m, "head_dim"),
                integer(m, "vocab_size"), integer(m, "feed_forward_length"),
                m.hasNonNull("kv_cache_bytes_per_token_f16") ? m.get("kv_cache_bytes_per_token_f16").asLong() : null,
                caps, text(m, "license"), m.path("tied_embeddings").asBoolean(),
                dbl(m, "mmlu"), dbl(m, "gsm8k"), dbl(m, "humaneval"));
        List<Tensor> tensors = TensorLayout.synthesize(spec);
        long disk = Math.round(m.get("download_size_gb").asDouble() * 1e9);
        long weights = tensors.isEmpty() ? disk : TensorLayout.totalBytes(tensors);
        // The first 12 hex digits are the library's real manifest digest at the snapshot; the rest is synthesised.
        String digest = m.get("digest12").asText() + Digests.sha256Hex("oeml-emulator:" + name).substring(12);
        var b = new InstalledModel.Builder();
        b.name = name;
        b.spec = spec;
        b.tensors = tensors;
        b.weightBytes = weights;
        b.diskSize = disk;
        b.digest = digest;
        b.modelBlobDigest = Digests.of("model:" + name);
        b.modifiedAt = modified;
        b.template = Families.template(name, spec.architecture());
        b.parameters = Families.parameters(name, spec.architecture());
        b.license = spec.license();
        if ("bert".equals(spec.architecture())) {
            b.extraModelInfo.put("bert.pooling_type", 1L); // mean pooling (Ollama convert testdata)
        }
        return b.build();
    }

    private static String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }

    private static Integer integer(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asInt() : null;
    }

    private static Double dbl(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asDouble() : null;
    }
}
