package io.oeml.ollama.client.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code options} object (docs/ollama.md §4): typed setters for every current option, plus
 * {@link Builder#set} for any other name. Before sending, the client checks the names against the host's version
 * ({@code VersionRules}); options the version ignores are reported, not silently sent.
 */
public final class Options {

    public static final Options NONE = new Options(Map.of());

    /** Load-time options: changing one of them between requests reloads the model on the host. */
    public static final Set<String> LOAD_TIME = Set.of("num_ctx", "num_batch", "num_gpu", "main_gpu", "use_mmap",
            "num_thread");

    private final Map<String, Object> values;

    private Options(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Options of(Map<String, Object> values) {
        return values == null || values.isEmpty() ? NONE : new Options(values);
    }

    public static Builder builder() {
        return new Builder(Map.of());
    }

    public Builder toBuilder() {
        return new Builder(values);
    }

    @JsonValue
    public Map<String, Object> values() {
        return values;
    }

    public Set<String> names() {
        return values.keySet();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Object get(String name) {
        return values.get(name);
    }

    /** These options over this one's (the argument wins), like request options over Modelfile parameters. */
    public Options mergedWith(Options over) {
        if (over == null || over.isEmpty()) {
            return this;
        }
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.putAll(over.values);
        return new Options(m);
    }

    public Integer numCtx() {
        return integer("num_ctx");
    }

    public Integer numPredict() {
        return integer("num_predict");
    }

    public Double temperature() {
        return number("temperature");
    }

    public Double topP() {
        return number("top_p");
    }

    private Integer integer(String k) {
        Object v = values.get(k);
        return v instanceof Number n ? n.intValue() : null;
    }

    private Double number(String k) {
        Object v = values.get(k);
        return v instanceof Number n ? n.doubleValue() : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Options other && other.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    public static final class Builder {
        private final Map<String, Object> values;

        private Builder(Map<String, Object> start) {
            values = new LinkedHashMap<>(start);
        }

        /** Any option by its JSON name, e.g. a removed one such as {@code mirostat} for an old host. */
        public Builder set(String name, Object value) {
            if (value == null) {
                values.remove(name);
            } else {
                values.put(name, value);
            }
            return this;
        }

        /** Context tokens per parallel slot (load-time). */
        public Builder numCtx(int v) {
            return set("num_ctx", v);
        }

        /** Prompt-processing batch (load-time). */
        public Builder numBatch(int v) {
            return set("num_batch", v);
        }

        /** Layers to offload; -1 automatic, 0 CPU only (load-time). */
        public Builder numGpu(int v) {
            return set("num_gpu", v);
        }

        public Builder mainGpu(int v) {
            return set("main_gpu", v);
        }

        /** CPU threads; 0 lets the runtime decide (load-time). */
        public Builder numThread(int v) {
            return set("num_thread", v);
        }

        public Builder useMmap(boolean v) {
            return set("use_mmap", v);
        }

        /** Speculative-decoding tokens per step (v0.30+). */
        public Builder draftNumPredict(int v) {
            return set("draft_num_predict", v);
        }

        public Builder numKeep(int v) {
            return set("num_keep", v);
        }

        public Builder seed(long v) {
            return set("seed", v);
        }

        /** Maximum generated tokens; -1 until stop. */
        public Builder numPredict(int v) {
            return set("num_predict", v);
        }

        public Builder topK(int v) {
            return set("top_k", v);
        }

        public Builder topP(double v) {
            return set("top_p", v);
        }

        public Builder minP(double v) {
            return set("min_p", v);
        }

        public Builder typicalP(double v) {
            return set("typical_p", v);
        }

        public Builder repeatLastN(int v) {
            return set("repeat_last_n", v);
        }

        public Builder temperature(double v) {
            return set("temperature", v);
        }

        public Builder repeatPenalty(double v) {
            return set("repeat_penalty", v);
        }

        public Builder presencePenalty(double v) {
            return set("presence_penalty", v);
        }

        public Builder frequencyPenalty(double v) {
            return set("frequency_penalty", v);
        }

        public Builder stop(List<String> v) {
            return set("stop", List.copyOf(v));
        }

        public Builder stop(String... v) {
            return stop(List.of(v));
        }

        public Options build() {
            return Options.of(values);
        }
    }
}
