package io.oeml.library.catalog.service;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.oeml.library.catalog.model.Fact;
import io.oeml.library.catalog.model.ModelFacts;

/**
 * Reads {@code models.csv} (docs/models-csv.md describes every column) into {@link ModelFacts}, keeping the
 * source of each fact. Empty cells stay null: in that file an empty cell means "not verified", never zero.
 */
public final class ModelsCsvParser {

    private static final Pattern SLIDING_WINDOW = Pattern.compile("sliding window (\\d+)");
    static final List<String> BENCHMARKS = List.of("mmlu", "humaneval", "mbpp", "gsm8k", "math", "mmmu", "mteb_avg");
    private static final String FILE = "models.csv";

    private ModelsCsvParser() {
    }

    public static List<ModelFacts> parse(Reader csv) throws IOException {
        return ShippedCsv.rows(csv, ModelsCsvParser::toFacts);
    }

    static ModelFacts toFacts(Map<String, String> row) {
        Map<String, String> sources = sources(text(row, "sources"));
        String listing = sourceOf(sources, List.of("OLG"));
        String capabilitySource = sourceOf(sources, List.of("OLCAP", "OLG"));
        String architectureSource = sourceOf(sources, sources.keySet().stream()
                .filter(key -> !key.equals("OLG") && !key.equals("OLCAP")).toList());
        String name = text(row, "ollama_name_tag");
        String architecture = text(row, "gguf_architecture");
        Long parameters = billions(text(row, "parameter_count_b"));
        Long active = billions(text(row, "active_parameter_count_b"));
        String quantization = text(row, "default_quantization");
        Long download = gigabytes(text(row, "download_size_gb"));
        Long context = integer(text(row, "context_length_native"));
        List<String> capabilities = list(text(row, "capabilities"), ",");
        String notes = text(row, "notes");
        Matcher window = SLIDING_WINDOW.matcher(notes == null ? "" : notes);
        Long slidingWindow = window.find() ? Long.parseLong(window.group(1)) : null;
        Map<String, Double> benchmarks = new LinkedHashMap<>();
        for (String benchmark : BENCHMARKS) {
            Double value = decimal(text(row, benchmark));
            if (value != null) {
                benchmarks.put(benchmark, value);
            }
        }
        String benchmarkSource = text(row, "benchmark_source");
        String variant = text(row, "benchmark_variant");
        String benchmarkCitation = (benchmarkSource == null ? architectureSource : benchmarkSource)
                + (variant == null ? "" : " (variant: " + variant + ")");

        List<Fact> facts = new ArrayList<>();
        String csvRef = FILE + " row " + name;
        add(facts, "family", text(row, "ollama_model"), listing);
        add(facts, "tag", text(row, "ollama_tag"), listing);
        add(facts, "download_size_bytes", download, listing + " (ollama.com shows " + text(row, "ollama_size_str") + ")");
        add(facts, "digest", text(row, "ollama_default_digest"), listing);
        add(facts, "ollama_context_window", text(row, "ollama_context_window"), listing);
        add(facts, "input_modalities", text(row, "input_modalities"), listing);
        add(facts, "capabilities", capabilities, capabilitySource);
        add(facts, "default_quantization", quantization, "inferred: " + text(row, "default_quant_evidence"));
        add(facts, "hf_base_model", text(row, "hf_base_model"), architectureSource);
        add(facts, "architecture", architecture, architectureSource);
        add(facts, "parameter_count", parameters, architectureSource);
        add(facts, "active_parameter_count", active, architectureSource);
        add(facts, "context_length", context, architectureSource);
        add(facts, "block_count", integer(text(row, "block_count")), architectureSource);
        add(facts, "embedding_length", integer(text(row, "embedding_length")), architectureSource);
        add(facts, "head_count", integer(text(row, "head_count")), architectureSource);
        add(facts, "head_count_kv", integer(text(row, "head_count_kv")), architectureSource);
        add(facts, "head_dim", integer(text(row, "head_dim")), architectureSource);
        add(facts, "vocab_size", integer(text(row, "vocab_size")), architectureSource);
        add(facts, "feed_forward_length", integer(text(row, "feed_forward_length")), architectureSource);
        add(facts, "expert_count", integer(text(row, "expert_count")), architectureSource);
        add(facts, "expert_used_count", integer(text(row, "expert_used_count")), architectureSource);
        add(facts, "kv_cache_bytes_per_token_f16", integer(text(row, "kv_cache_bytes_per_token_f16")),
                "computed in " + FILE + ": 2 · block_count · head_count_kv · head_dim · 2 bytes");
        add(facts, "sliding_window", slidingWindow, csvRef + " notes");
        add(facts, "license", text(row, "license"), architectureSource);
        add(facts, "release_date", text(row, "release_date"), architectureSource);
        benchmarks.forEach((benchmark, value) -> add(facts, benchmark, value, benchmarkCitation));
        add(facts, "other_benchmarks", text(row, "other_benchmarks"), benchmarkCitation);
        add(facts, "confidence", text(row, "confidence"), csvRef + " (docs/models-csv.md, Confidence)");
        add(facts, "notes", notes, csvRef);

        String description = describe(row, architecture);
        return new ModelFacts(name, text(row, "ollama_model"), text(row, "ollama_tag"), "catalog", description, architecture,
                parameters, active, quantization, download, context, toInt(integer(text(row, "block_count"))),
                integer(text(row, "embedding_length")), integer(text(row, "head_count")),
                integer(text(row, "head_count_kv")), integer(text(row, "head_dim")), integer(text(row, "vocab_size")),
                integer(text(row, "feed_forward_length")), toInt(integer(text(row, "expert_count"))),
                toInt(integer(text(row, "expert_used_count"))), integer(text(row, "kv_cache_bytes_per_token_f16")),
                notes != null && notes.toLowerCase(Locale.ROOT).contains("tied embeddings"), text(row, "license"),
                capabilities, list(text(row, "category"), "\\|"), benchmarks, benchmarkCitation, facts, null, slidingWindow);
    }

    private static String describe(Map<String, String> row, String architecture) {
        StringBuilder text = new StringBuilder();
        text.append(text(row, "hf_base_model"));
        text.append("; ").append(String.join(", ", list(text(row, "category"), "\\|")));
        if (architecture != null) {
            text.append("; architecture ").append(architecture);
        }
        text.append("; input ").append(text(row, "input_modalities"));
        return text.toString();
    }

    /** {@code KEY: locator | KEY: locator} into an ordered map. */
    static Map<String, String> sources(String column) {
        Map<String, String> sources = new LinkedHashMap<>();
        if (column == null) {
            return sources;
        }
        for (String part : column.split("\\s\\|\\s")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                sources.put(part.substring(0, colon).trim(), part.trim());
            }
        }
        return sources;
    }

    private static String sourceOf(Map<String, String> sources, List<String> keys) {
        List<String> found = keys.stream().filter(sources::containsKey).map(sources::get).toList();
        return found.isEmpty() ? FILE : String.join(" | ", found);
    }

    private static void add(List<Fact> facts, String name, Object value, String source) {
        if (value != null) {
            facts.add(new Fact(name, value, source));
        }
    }

    private static String text(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<String> list(String value, String separator) {
        return value == null ? List.of() : Arrays.stream(value.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Long billions(String value) {
        return value == null ? null : Math.round(Double.parseDouble(value) * 1e9);
    }

    private static Long gigabytes(String value) {
        return value == null ? null : Math.round(Double.parseDouble(value) * 1e9);
    }

    private static Long integer(String value) {
        return value == null ? null : Long.parseLong(value);
    }

    private static Integer toInt(Long value) {
        return value == null ? null : value.intValue();
    }

    private static Double decimal(String value) {
        return value == null ? null : Double.parseDouble(value);
    }
}
