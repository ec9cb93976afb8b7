package io.oeml.agent.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.agent.Fixtures;
import io.oeml.events.capacity.GpuDevice;

class AmdSysfsProbeTest {

    private static final long CARVE_OUT_LIMIT = 2L * 1024 * 1024 * 1024;

    @Test
    void discreteCardReportsVramOnlyAndIgnoresConnectors() {
        List<GpuDevice> gpus = new AmdSysfsProbe(Fixtures.directory("amd-sysfs/discrete"), CARVE_OUT_LIMIT).devices();

        assertEquals(1, gpus.size());
        GpuDevice gpu = gpus.get(0);
        assertEquals("AMD Radeon RX 7900 XTX", gpu.name());
        assertEquals(25753026560L, gpu.totalBytes());
        assertEquals(1073741824L, gpu.usedBytes());
        assertEquals(25753026560L - 1073741824L, gpu.freeBytes());
        assertFalse(gpu.unifiedMemory());
        assertEquals(12, gpu.utilizationPercent());
        assertEquals("amdgpu-sysfs", gpu.memorySource());
    }

    @Test
    void apuReportsCarveOutPlusGttAsUnifiedMemory() {
        GpuDevice apu = new AmdSysfsProbe(Fixtures.directory("amd-sysfs/apu"), CARVE_OUT_LIMIT).devices().get(0);

        assertTrue(apu.unifiedMemory());
        assertEquals(536870912L + 16749035520L, apu.totalBytes());
        assertEquals(201326592L + 1073741824L, apu.usedBytes());
        assertEquals("AMD GPU 0x15bf", apu.name());
    }

    @Test
    void nonAmdCardsAreSkipped() {
        assertEquals(1, new AmdSysfsProbe(Fixtures.directory("amd-sysfs/apu"), CARVE_OUT_LIMIT).devices().size());
    }

    @Test
    void hostWithoutDrmClassHasNoAmdGpu() {
        assertTrue(new AmdSysfsProbe(Path.of("/nonexistent/sys/class/drm"), CARVE_OUT_LIMIT).devices().isEmpty());
    }
}
