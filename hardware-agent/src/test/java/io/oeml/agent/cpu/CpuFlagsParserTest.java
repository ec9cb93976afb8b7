package io.oeml.agent.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.agent.Fixtures;

class CpuFlagsParserTest {

    @Test
    void linuxX86ReportsAvx2AndAvx512() {
        List<String> flags = CpuFlagsParser.inferenceFlags(Fixtures.lines("cpu/linux-x86-epyc.txt"));

        assertTrue(flags.containsAll(List.of("avx", "avx2", "fma", "f16c")), flags.toString());
        assertTrue(flags.containsAll(List.of("avx512f", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16")), flags.toString());
    }

    @Test
    void linuxX86LeavesOutFlagsThatDoNotMatterForInference() {
        List<String> flags = CpuFlagsParser.inferenceFlags(Fixtures.lines("cpu/linux-x86-epyc.txt"));

        assertTrue(flags.stream().noneMatch(f -> f.equals("fpu") || f.equals("aes") || f.equals("hypervisor")), flags.toString());
    }

    @Test
    void linuxArmAsimdIsNeon() {
        assertEquals(List.of("neon", "fp16", "dotprod"),
                CpuFlagsParser.inferenceFlags(Fixtures.lines("cpu/linux-arm64-graviton2.txt")));
    }

    @Test
    void macOsSysctlFlagsSetToOneAreReported() {
        assertEquals(List.of("neon", "fp16", "dotprod", "i8mm", "bf16"),
                CpuFlagsParser.inferenceFlags(Fixtures.lines("cpu/macos-apple-m2.txt")));
    }
}
