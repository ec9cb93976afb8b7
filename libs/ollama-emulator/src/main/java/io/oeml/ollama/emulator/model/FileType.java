package io.oeml.ollama.emulator.model;

import java.util.Locale;
import java.util.Map;

/** GGUF {@code general.file_type} ids and the quantization names Ollama shows for them. */
public final class FileType {

    private static final Map<String, Integer> IDS = Map.ofEntries(
            Map.entry("F32", 0), Map.entry("F16", 1), Map.entry("Q4_0", 2), Map.entry("Q4_1", 3),
            Map.entry("Q8_0", 7), Map.entry("Q5_0", 8), Map.entry("Q5_1", 9), Map.entry("Q2_K", 10),
            Map.entry("Q3_K_S", 11), Map.entry("Q3_K_M", 12), Map.entry("Q3_K_L", 13), Map.entry("Q4_K_S", 14),
            Map.entry("Q4_K_M", 15), Map.entry("Q5_K_S", 16), Map.entry("Q5_K_M", 17), Map.entry("Q6_K", 18),
            Map.entry("BF16", 32));

    private FileType() {
    }

    public static Integer id(String quantization) {
        return quantization == null ? null : IDS.get(quantization.toUpperCase(Locale.ROOT));
    }

    public static String name(long id) {
        for (Map.Entry<String, Integer> e : IDS.entrySet()) {
            if (e.getValue() == id) {
                return e.getKey();
            }
        }
        return "unknown";
    }

    /** Ollama spells K-quant levels with a lower-case suffix letter, e.g. Q4_K_M. */
    public static String canonical(String quantization) {
        String q = quantization.toUpperCase(Locale.ROOT);
        return IDS.containsKey(q) ? q : quantization;
    }
}
