package io.oeml.ollama.emulator.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.oeml.ollama.emulator.sim.CostModel.LoadOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Request options merged over the model's parameters (request wins), with Ollama's type checks: a wrong JSON type
 * is a 500 {@code option "x" must be of type integer|float32|boolean|array}; unknown keys are ignored.
 */
final class MergedOptions {

    static final Set<String> INTEGER = Set.of("num_ctx", "num_batch", "num_gpu", "main_gpu", "num_thread", "num_keep",
            "seed", "num_predict", "top_k", "repeat_last_n", "draft_num_predict");
    static final Set<String> FLOAT = Set.of("top_p", "min_p", "typical_p", "temperature", "repeat_penalty",
            "presence_penalty", "frequency_penalty");
    static final Set<String> BOOLEAN = Set.of("use_mmap");
    static final Set<String> ARRAY = Set.of("stop");

    static final class TypeError extends Exception {
        TypeError(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, Object> values;

    private MergedOptions(Map<String, Object> values) {
        this.values = values;
    }

    static MergedOptions merge(Map<String, Object> modelParameters, JsonObject request) throws TypeError {
        Map<String, Object> v = new LinkedHashMap<>(modelParameters);
        if (request != null) {
            for (Map.Entry<String, Object> e : request) {
                String k = e.getKey();
                Object x = e.getValue();
                if (x == null) {
                    continue;
                }
                if (INTEGER.contains(k) && !(x instanceof Number)) {
                    throw new TypeError("option \"" + k + "\" must be of type integer");
                }
                if (FLOAT.contains(k) && !(x instanceof Number)) {
                    throw new TypeError("option \"" + k + "\" must be of type float32");
                }
                if (BOOLEAN.contains(k) && !(x instanceof Boolean)) {
                    throw new TypeError("option \"" + k + "\" must be of type boolean");
                }
                if (ARRAY.contains(k) && !(x instanceof JsonArray)) {
                    throw new TypeError("option \"" + k + "\" must be of type array");
                }
                if (INTEGER.contains(k) || FLOAT.contains(k) || BOOLEAN.contains(k) || ARRAY.contains(k)) {
                    v.put(k, x instanceof JsonArray a ? a.getList() : x);
                }
            }
        }
        return new MergedOptions(v);
    }

    int integer(String k, int def) {
        Object x = values.get(k);
        return x instanceof Number n ? n.intValue() : def;
    }

    double number(String k, double def) {
        Object x = values.get(k);
        return x instanceof Number n ? n.doubleValue() : def;
    }

    Long seed() {
        Object x = values.get("seed");
        return x instanceof Number n ? n.longValue() : null;
    }

    @SuppressWarnings("unchecked")
    List<String> stop() {
        Object x = values.get("stop");
        return x instanceof List<?> l ? (List<String>) l : List.of();
    }

    LoadOptions load() {
        Object mmap = values.get("use_mmap");
        Object main = values.get("main_gpu");
        return new LoadOptions(integer("num_ctx", 0), integer("num_batch", 0), integer("num_gpu", -1),
                integer("num_thread", 0), mmap instanceof Boolean b ? b : null,
                main instanceof Number n ? n.intValue() : null);
    }
}
