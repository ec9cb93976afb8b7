package io.oeml.estimator.realollama;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory parts an Ollama v0.24.0 server logs when it loads a model ({@code device.go}: {@code model weights},
 * {@code kv cache}, {@code compute graph}, {@code total memory}), in bytes as logged (0.1 MiB precision). The llama
 * engine logs no compute graph: 0 then.
 */
record LoggedMemory(long weights, long kvCache, long computeGraph, long total) {

    private static final Pattern PART = Pattern.compile(
            "msg=\"(model weights|kv cache|compute graph|total memory)\"(?: device=\\S+)? size=\"([0-9.]+) (B|KiB|MiB|GiB)\"");

    /** The last value of each part in {@code log} (the text the server wrote during one load). */
    static LoggedMemory lastIn(String log) {
        long weights = -1;
        long kv = -1;
        long graph = 0;
        long total = -1;
        Matcher m = PART.matcher(log);
        while (m.find()) {
            long bytes = bytes(m.group(2), m.group(3));
            switch (m.group(1)) {
                case "model weights" -> weights = bytes;
                case "kv cache" -> kv = bytes;
                case "compute graph" -> graph = bytes;
                default -> total = bytes;
            }
        }
        if (weights < 0 || kv < 0 || total < 0) {
            throw new IllegalStateException("no model weights / kv cache / total memory lines in the server log:\n" + log);
        }
        return new LoggedMemory(weights, kv, graph, total);
    }

    private static long bytes(String number, String unit) {
        double scale = switch (unit) {
            case "B" -> 1;
            case "KiB" -> 1L << 10;
            case "MiB" -> 1L << 20;
            default -> 1L << 30;
        };
        return Math.round(Double.parseDouble(number) * scale);
    }
}
