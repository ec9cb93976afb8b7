package io.oeml.library.discovery.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.oeml.estimator.inputs.model.ModelFigures;
import io.oeml.estimator.model.ModelWeights;
import io.oeml.library.catalog.model.Fact;
import io.oeml.library.catalog.model.ModelFacts;
import io.oeml.library.catalog.model.ParameterCount;
import io.oeml.ollama.client.model.ModelSummary;
import io.oeml.ollama.client.model.ShowResponse;

/**
 * A model installed on a host, as facts read from its {@code /api/tags} entry and {@code /api/show} answer
 * ({@code model_info}, {@code details}, {@code capabilities}, {@code tensors}); each fact names the key it came from.
 */
public final class ShowFacts {

    private ShowFacts() {
    }

    public static ModelFacts from(String hostId, ModelSummary summary, ShowResponse show) {
        String name = summary.name();
        String where = "ollama /api/show on " + hostId + ": ";
        // libs/estimator-inputs reads the numbers, as optimizer-service does; this class adds where each came from
        ModelFigures figures = ModelFigures.fromShow(name, summary.size(), show);
        String arch = figures.architecture();
        List<Fact> facts = new ArrayList<>();
        Long parameters = figures.parameterCount();
        if (parameters == null && show.details() != null) {
            parameters = ParameterCount.parse(show.details().parameterSize());
        }
        String quantization = figures.quantization();
        boolean keyLengthDeclared = show.info(".attention.key_length") != null;

        add(facts, "architecture", arch, where + "model_info.general.architecture");
        add(facts, "parameter_count", parameters, where + "model_info.general.parameter_count");
        add(facts, "default_quantization", quantization, where + "details.quantization_level");
        add(facts, "download_size_bytes", summary.size(), "ollama /api/tags on " + hostId + ": size");
        add(facts, "digest", summary.digest(), "ollama /api/tags on " + hostId + ": digest");
        add(facts, "context_length", figures.contextLength(), where + "model_info." + arch + ".context_length");
        add(facts, "block_count", figures.blockCount(), where + "model_info." + arch + ".block_count");
        add(facts, "embedding_length", figures.embeddingLength(), where + "model_info." + arch + ".embedding_length");
        add(facts, "head_count", figures.headCount(), where + "model_info." + arch + ".attention.head_count");
        add(facts, "head_count_kv", figures.headCountKv(), where + "model_info." + arch + ".attention.head_count_kv");
        add(facts, "head_dim", figures.headDim(), keyLengthDeclared ? where + "model_info." + arch + ".attention.key_length"
                : "computed: embedding_length / head_count");
        add(facts, "vocab_size", figures.vocabSize(), where + "tensors token_embd.weight shape");
        add(facts, "feed_forward_length", figures.feedForwardLength(), where + "model_info." + arch + ".feed_forward_length");
        add(facts, "sliding_window", figures.slidingWindow(), where + "model_info." + arch + ".attention.sliding_window");
        add(facts, "expert_count", figures.expertCount(), where + "model_info." + arch + ".expert_count");
        add(facts, "kv_cache_bytes_per_token_f16", figures.kvBytesPerTokenF16(),
                "computed: 2 · block_count · head_count_kv · head_dim · 2 bytes");
        add(facts, "capabilities", figures.capabilities(), where + "capabilities (vision also from projector_info)");
        String license = firstLine(show.license());
        add(facts, "license", license, where + "license");
        ModelWeights weights = figures.tensorWeights();
        if (weights != null) {
            add(facts, "weights_bytes", weights.totalBytes(), where + "tensors (" + show.tensors().size() + " tensors)");
        }
        String family = show.details() != null && show.details().family() != null ? show.details().family() : arch;
        String tag = name.contains(":") ? name.substring(name.indexOf(':') + 1) : "latest";
        String base = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
        String description = "discovered on " + hostId + ": " + family + " " + (show.details() == null ? ""
                : show.details().parameterSize() + " " + quantization);
        return new ModelFacts(name, base, tag, "discovered", description.trim(), arch, parameters, null, quantization,
                summary.size(), figures.contextLength(), figures.blockCount(), figures.embeddingLength(),
                figures.headCount(), figures.headCountKv(), figures.headDim(), figures.vocabSize(),
                figures.feedForwardLength(), figures.expertCount(), figures.expertUsedCount(),
                figures.kvBytesPerTokenF16(), false, license, figures.capabilities(), List.of(), Map.of(), null, facts,
                weights, figures.slidingWindow());
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() > 120 ? line.substring(0, 120) : line;
    }

    private static void add(List<Fact> facts, String name, Object value, String source) {
        if (value != null) {
            facts.add(new Fact(name, value, source));
        }
    }
}
