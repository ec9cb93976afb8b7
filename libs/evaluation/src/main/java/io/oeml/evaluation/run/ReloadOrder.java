package io.oeml.evaluation.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.oeml.ollama.client.generate.Options;

/**
 * Orders a batch of trials for one host so that trials with the same load-time options ({@link Options#LOAD_TIME}:
 * num_ctx, num_batch, num_gpu, main_gpu, use_mmap, num_thread) run back to back: Ollama reloads the model whenever
 * they differ from the loaded ones ({@code server/sched.go needsReload}), and a reload costs its load time and
 * makes the next trial's {@code loadMs} a figure of the order rather than of its options. Sampling options change
 * nothing loaded, so within a group the batch's order is kept.
 */
public final class ReloadOrder {

    private ReloadOrder() {
    }

    /**
     * @param loaded the options the host's model is loaded with now (its group goes first), or null if unknown
     */
    public static <T> List<T> of(List<T> trials, Function<T, Options> options, Options loaded) {
        Map<Map<String, Object>, List<T>> groups = new LinkedHashMap<>();
        if (loaded != null) {
            groups.put(loadTime(loaded), new ArrayList<>());
        }
        for (T trial : trials) {
            groups.computeIfAbsent(loadTime(options.apply(trial)), k -> new ArrayList<>()).add(trial);
        }
        return groups.values().stream().flatMap(List::stream).toList();
    }

    /** An option left out is its own value: the host's default may be any of the values set elsewhere. */
    static Map<String, Object> loadTime(Options options) {
        Map<String, Object> values = new TreeMap<>();
        for (String name : Options.LOAD_TIME) {
            Object value = options.get(name);
            if (value != null) {
                values.put(name, value instanceof Number n ? n.doubleValue() : value);
            }
        }
        return values;
    }
}
