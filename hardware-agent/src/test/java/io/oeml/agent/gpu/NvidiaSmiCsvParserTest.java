package io.oeml.agent.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.agent.Fixtures;
import io.oeml.events.capacity.GpuDevice;

class NvidiaSmiCsvParserTest {

    private static final long MIB = 1024L * 1024L;

    @Test
    void oneGpuHasEveryFieldInBytes() {
        GpuDevice gpu = NvidiaSmiCsvParser.parse(Fixtures.text("nvidia-smi/one-gpu.csv")).get(0);

        assertEquals(new GpuDevice(0, "nvidia", "NVIDIA GeForce RTX 4090", "GPU-4f2b3d2a-8c31-5e0b-9d5e-1a7c6b9e0f11",
                24564 * MIB, 1234 * MIB, 22915 * MIB, false, "550.54.14", "8.9", 3, null, "nvidia-smi", null), gpu);
    }

    @Test
    void twoGpusKeepTheirOwnIndexAndFreeMemory() {
        List<GpuDevice> gpus = NvidiaSmiCsvParser.parse(Fixtures.text("nvidia-smi/two-gpus.csv"));

        assertEquals(2, gpus.size());
        assertEquals(List.of(0, 1), gpus.stream().map(GpuDevice::index).toList());
        assertEquals(List.of(40737 * MIB, 81284 * MIB), gpus.stream().map(GpuDevice::freeBytes).toList());
        assertEquals(List.of(81920 * MIB, 81920 * MIB), gpus.stream().map(GpuDevice::totalBytes).toList());
    }

    @Test
    void migEnabledGpuHasUnknownUtilisationButKnownMemory() {
        GpuDevice gpu = NvidiaSmiCsvParser.parse(Fixtures.text("nvidia-smi/mig.csv")).get(0);

        assertNull(gpu.utilizationPercent());
        assertEquals(40960 * MIB, gpu.totalBytes());
        assertEquals(20537 * MIB, gpu.freeBytes());
    }

    @Test
    void unitsInCellsAndAnotherColumnOrderReadTheSame() {
        GpuDevice gpu = NvidiaSmiCsvParser.parse(Fixtures.text("nvidia-smi/units-in-cells.csv")).get(0);

        assertEquals("NVIDIA RTX PRO 6000 Blackwell Workstation Edition", gpu.name());
        assertEquals(97887 * MIB, gpu.totalBytes());
        assertEquals(24622 * MIB, gpu.freeBytes());
        assertEquals(64, gpu.utilizationPercent());
        assertNull(gpu.uuid());
    }

    @Test
    void driverFailureMessageIsNoGpu() {
        assertTrue(NvidiaSmiCsvParser.parse(Fixtures.text("nvidia-smi/driver-failure.txt")).isEmpty());
    }
}
