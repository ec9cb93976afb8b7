package io.oeml.events.capacity;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * @param flags instruction-set extensions that matter for inference, lower case: avx, avx2, avx512f, fma, f16c, neon, ...
 * @param source where the figures came from, e.g. {@code oshi}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CpuInfo(
        String model,
        String vendor,
        int physicalCores,
        int logicalCores,
        List<String> flags,
        String source) {
}
