package io.oeml.agent.cpu;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the instruction-set extensions that decide which llama.cpp CPU kernels run out of OSHI's feature-flag lines:
 * {@code flags : fpu ... avx2} (Linux x86), {@code Features : fp asimd ...} (Linux ARM, where asimd is NEON) and
 * {@code hw.optional.neon: 1} (macOS sysctl).
 */
public final class CpuFlagsParser {

    /** The flags worth reporting, in the order they are listed. */
    static final List<String> INFERENCE_FLAGS = List.of(
            "sse3", "ssse3", "sse4_1", "sse4_2", "avx", "avx2", "fma", "f16c", "avx_vnni",
            "avx512f", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16", "avx512_fp16",
            "amx_tile", "amx_int8", "amx_bf16",
            "neon", "fp16", "dotprod", "i8mm", "bf16", "sve", "sve2");

    /** Kernel and sysctl names that mean one of the flags above. */
    private static final Map<String, String> ALIASES = Map.of(
            "pni", "sse3",
            "asimd", "neon",
            "asimdhp", "fp16",
            "asimddp", "dotprod",
            "feat_dotprod", "dotprod",
            "feat_i8mm", "i8mm",
            "feat_bf16", "bf16",
            "feat_fp16", "fp16",
            "arm_feat_fp16", "fp16");

    private CpuFlagsParser() {
    }

    public static List<String> inferenceFlags(List<String> featureLines) {
        Set<String> seen = new LinkedHashSet<>();
        for (String line : featureLines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            if (key.startsWith("hw.optional.")) {
                if (value.equals("1")) {
                    seen.add(normalise(key.substring(key.lastIndexOf('.') + 1)));
                }
            } else if (key.equals("flags") || key.equals("features")) {
                for (String flag : value.split("\\s+")) {
                    seen.add(normalise(flag));
                }
            }
        }
        List<String> flags = new ArrayList<>();
        for (String flag : INFERENCE_FLAGS) {
            if (seen.contains(flag)) {
                flags.add(flag);
            }
        }
        return flags;
    }

    private static String normalise(String flag) {
        return ALIASES.getOrDefault(flag, flag);
    }
}
