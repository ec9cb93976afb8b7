package io.oeml.agent.gpu;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.oeml.events.capacity.GpuDevice;

/**
 * Apple Silicon's GPU budget from {@code sysctl hw.memsize iogpu.wired_limit_mb machdep.cpu.brand_string}. Metal lets
 * the GPU wire only part of the unified memory: {@code iogpu.wired_limit_mb} when the operator set it (source
 * {@code apple-unified}), else macOS's default working-set share, which this agent can only estimate without Metal:
 * 2/3 of RAM up to 32 GiB, 3/4 above (source {@code apple-unified-estimate}).
 */
public final class AppleSysctlParser {

    private static final long MIB = 1024L * 1024L;
    private static final long GIB = 1024L * MIB;

    private AppleSysctlParser() {
    }

    public static Optional<GpuDevice> parse(String sysctlOutput) {
        Map<String, String> values = new HashMap<>();
        for (String line : sysctlOutput.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                values.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String brand = values.get("machdep.cpu.brand_string");
        Long memsize = number(values.get("hw.memsize"));
        if (brand == null || !brand.startsWith("Apple") || memsize == null) {
            return Optional.empty();
        }
        Long wiredLimitMb = number(values.get("iogpu.wired_limit_mb"));
        boolean configured = wiredLimitMb != null && wiredLimitMb > 0;
        long usable = configured ? wiredLimitMb * MIB : defaultWorkingSet(memsize);
        return Optional.of(new GpuDevice(0, "apple", brand, null, usable, null, null, true, null, null, null, null,
                configured ? "apple-unified" : "apple-unified-estimate", null));
    }

    static long defaultWorkingSet(long memsize) {
        return memsize > 32 * GIB ? memsize / 4 * 3 : memsize / 3 * 2;
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
