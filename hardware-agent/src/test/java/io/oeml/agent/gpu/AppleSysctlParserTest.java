package io.oeml.agent.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.oeml.agent.Fixtures;
import io.oeml.agent.RecordedCommands;
import io.oeml.agent.command.CommandResult;
import io.oeml.events.capacity.GpuDevice;

class AppleSysctlParserTest {

    private static final long GIB = 1024L * 1024L * 1024L;

    @Test
    void defaultWorkingSetIsEstimatedAsThreeQuartersAbove32GiB() {
        GpuDevice gpu = AppleSysctlParser.parse(Fixtures.text("apple/m2-max-64gb-default.txt")).orElseThrow();

        assertEquals(48 * GIB, gpu.totalBytes());
        assertEquals("apple-unified-estimate", gpu.memorySource());
        assertTrue(gpu.unifiedMemory());
        assertEquals("Apple M2 Max", gpu.name());
    }

    @Test
    void wiredLimitSetByTheOperatorIsTheBudget() {
        GpuDevice gpu = AppleSysctlParser.parse(Fixtures.text("apple/m2-max-64gb-wired-limit.txt")).orElseThrow();

        assertEquals(56 * GIB, gpu.totalBytes());
        assertEquals("apple-unified", gpu.memorySource());
    }

    @Test
    void smallMacsGetTwoThirds() {
        assertEquals(16 * GIB / 3 * 2, AppleSysctlParser.defaultWorkingSet(16 * GIB));
    }

    @Test
    void intelMacHasNoUnifiedGpu() {
        assertTrue(AppleSysctlParser.parse(Fixtures.text("apple/intel-mac.txt")).isEmpty());
    }

    @Test
    void probeDoesNotRunSysctlOffMacOs() {
        RecordedCommands commands = new RecordedCommands()
                .answer("sysctl", CommandResult.success(Fixtures.text("apple/m2-max-64gb-default.txt")));

        assertTrue(new AppleUnifiedMemoryProbe(commands, false).devices().isEmpty());
        assertEquals(1, new AppleUnifiedMemoryProbe(commands, true).devices().size());
    }
}
