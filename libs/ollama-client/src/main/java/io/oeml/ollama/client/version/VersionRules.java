package io.oeml.ollama.client.version;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Which request options and fields each Ollama version honours (docs/ollama.md §0, §4.1, §4.2), so that the
 * client can report, rather than silently send, what a host would ignore.
 */
public final class VersionRules {

    /** An option's lifetime: known from {@code since} up to (excluding) {@code removedIn}. */
    private record Span(String since, String removedIn) {
        boolean supported(OllamaVersion v) {
            return v.atLeast(since) && (removedIn == null || !v.atLeast(removedIn));
        }
    }

    private static final String ANCIENT = "0.0.1";
    private static final Map<String, Span> OPTIONS = new LinkedHashMap<>();
    /** Current options (v0.30+), the fast path: a modern host and only these means nothing to check. */
    private static final Set<String> CURRENT = Set.of("num_ctx", "num_batch", "num_gpu", "main_gpu", "num_thread",
            "use_mmap", "draft_num_predict", "num_keep", "seed", "num_predict", "top_k", "top_p", "min_p",
            "typical_p", "repeat_last_n", "temperature", "repeat_penalty", "presence_penalty", "frequency_penalty",
            "stop");
    /** The newest version any rule below mentions: from here on every field and current option is known. */
    private static final OllamaVersion NEWEST_RULE = OllamaVersion.parse("0.30.0");
    /** Request fields per endpoint and the version that introduced them. */
    private static final Map<String, Map<String, String>> FIELDS = Map.of(
            "/api/generate", Map.of("keep_alive", "0.1.23", "suffix", "0.2.6", "think", "0.9.0", "truncate", "0.12.4",
                    "shift", "0.12.4", "logprobs", "0.12.11", "top_logprobs", "0.12.11"),
            "/api/chat", Map.of("keep_alive", "0.1.23", "tools", "0.2.6", "think", "0.9.0", "truncate", "0.12.4",
                    "shift", "0.12.4", "logprobs", "0.12.11", "top_logprobs", "0.12.11"),
            "/api/embed", Map.of("dimensions", "0.11.11"));
    /** Architectures the Go "Ollama engine" ran in v0.6–v0.29 (its sampler ignored the penalties). */
    private static final Set<String> OLLAMA_ENGINE = Set.of("gemma3", "gemma3n", "qwen3", "qwen3moe", "qwen3vl",
            "qwen3vlmoe", "llama4", "mistral3", "gptoss", "qwen25vl", "deepseek2");
    private static final List<String> ENGINE_IGNORED = List.of("repeat_penalty", "presence_penalty",
            "frequency_penalty", "typical_p", "repeat_last_n");

    static {
        for (String o : CURRENT) {
            OPTIONS.put(o, new Span(ANCIENT, null));
        }
        OPTIONS.put("draft_num_predict", new Span("0.30.0", null));
        for (String o : List.of("mirostat", "mirostat_eta", "mirostat_tau", "low_vram", "f16_kv", "logits_all",
                "vocab_only", "use_mlock", "numa")) {
            OPTIONS.put(o, new Span(ANCIENT, "0.7.0"));
        }
        OPTIONS.put("penalize_newline", new Span(ANCIENT, "0.5.5"));
        OPTIONS.put("tfs_z", new Span(ANCIENT, "0.5.2"));
        for (String o : List.of("num_gqa", "rope_frequency_base", "rope_frequency_scale")) {
            OPTIONS.put(o, new Span(ANCIENT, "0.1.35"));
        }
    }

    private VersionRules() {
    }

    /** True when a request with these option names needs no change for this version (the common case). */
    public static boolean nothingToCheck(OllamaVersion v, Collection<String> optionNames) {
        return v.atLeast(NEWEST_RULE) && CURRENT.containsAll(optionNames);
    }

    /** Whether Ollama {@code v} knows the option {@code name}. */
    public static boolean optionSupported(OllamaVersion v, String name) {
        Span s = OPTIONS.get(name);
        return s != null && s.supported(v);
    }

    /** True for architectures run by the Go Ollama engine (v0.6–v0.29). */
    public static boolean ollamaEngineArchitecture(String architecture) {
        return architecture != null && OLLAMA_ENGINE.contains(architecture);
    }

    /**
     * Sampling options the engine silently ignored for this architecture: on v0.6.0–v0.29.x the Ollama engine
     * sampled only with temperature, top_k, top_p, min_p and seed (docs/ollama.md §4.1).
     */
    public static List<String> ignoredByEngine(OllamaVersion v, String architecture, Collection<String> optionNames) {
        if (!ollamaEngineArchitecture(architecture) || !v.atLeast("0.6.0") || v.atLeast("0.30.0")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String o : optionNames) {
            if (ENGINE_IGNORED.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * Checks a serialized request for {@code path} against version {@code v}; with {@code strip} the ignored
     * options and fields are removed from {@code request} and think levels are rewritten to what the version takes.
     */
    public static CompatibilityReport check(String baseUrl, String path, OllamaVersion v, ObjectNode request,
                                            boolean strip) {
        List<String> dropped = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<String> adjusted = new ArrayList<>();
        JsonNode options = request.get("options");
        if (options instanceof ObjectNode optionFields) {
            for (Iterator<String> it = optionFields.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                Span s = OPTIONS.get(name);
                if (s == null) {
                    unknown.add(name);
                } else if (!s.supported(v)) {
                    dropped.add(name);
                } else {
                    continue;
                }
                if (strip) {
                    it.remove();
                }
            }
        }
        Map<String, String> since = FIELDS.getOrDefault(path, Map.of());
        for (Map.Entry<String, String> f : since.entrySet()) {
            if (request.has(f.getKey()) && !request.get(f.getKey()).isNull() && !v.atLeast(f.getValue())) {
                fields.add(f.getKey());
                if (strip) {
                    request.remove(f.getKey());
                }
            }
        }
        JsonNode format = request.get("format");
        if (format != null && format.isObject() && !v.atLeast("0.5.0")) {
            adjusted.add("format: JSON schema needs 0.5.0, sent \"json\"");
            if (strip) {
                request.set("format", TextNode.valueOf("json"));
            }
        }
        JsonNode think = request.get("think");
        if (think != null && think.isTextual() && v.atLeast("0.9.0")) {
            String level = think.asText();
            if (!v.atLeast("0.11.1")) {
                adjusted.add("think: levels need 0.11.1, sent true for \"" + level + "\"");
                if (strip) {
                    request.set("think", BooleanNode.TRUE);
                }
            } else if ("max".equals(level) && !v.atLeast("0.22.0")) {
                adjusted.add("think: \"max\" needs 0.22.0, sent \"high\"");
                if (strip) {
                    request.set("think", TextNode.valueOf("high"));
                }
            }
        }
        JsonNode model = request.get("model");
        return new CompatibilityReport(baseUrl, path, model == null ? null : model.asText(), v, List.copyOf(dropped),
                List.copyOf(unknown), List.copyOf(fields), List.copyOf(adjusted));
    }
}
