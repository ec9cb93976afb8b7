package io.oeml.agent.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.agent.Fixtures;
import io.oeml.agent.RecordedCommands;
import io.oeml.agent.bandwidth.GpuBandwidthTable;
import io.oeml.agent.command.CommandResult;
import io.oeml.events.capacity.GpuDevice;

class GpuInventoryTest {

    private static final long MIB = 1024L * 1024L;
    private static final GpuDevice OSHI_NVIDIA = new GpuDevice(0, "nvidia", "NVIDIA A100-SXM4-80GB", null, 80L << 30,
            null, null, false, null, null, null, null, "oshi", null);
    private static final GpuDevice OSHI_INTEL = new GpuDevice(0, "intel", "UHD Graphics 630", null, null,
            null, null, false, null, null, null, null, "oshi", null);

    @Test
    void twoRecordedNvidiaGpusAreListedWithTotalsFreeMemoryAndBandwidth() {
        List<GpuDevice> gpus = inventory(Fixtures.text("nvidia-smi/two-gpus.csv"), List.of()).devices();

        assertEquals(2, gpus.size());
        assertEquals(List.of(81920 * MIB, 81920 * MIB), gpus.stream().map(GpuDevice::totalBytes).toList());
        assertEquals(List.of(40737 * MIB, 81284 * MIB), gpus.stream().map(GpuDevice::freeBytes).toList());
        assertEquals(2039.0, gpus.get(1).bandwidthGbps());
        assertEquals("gpu-table", gpus.get(1).bandwidthSource());
    }

    @Test
    void oshiDoesNotDuplicateAVendorNvidiaSmiCovered() {
        List<GpuDevice> gpus = inventory(Fixtures.text("nvidia-smi/one-gpu.csv"), List.of(OSHI_NVIDIA, OSHI_INTEL)).devices();

        assertEquals(List.of("nvidia-smi", "oshi"), gpus.stream().map(GpuDevice::memorySource).toList());
        assertEquals(List.of(0, 1), gpus.stream().map(GpuDevice::index).toList());
    }

    @Test
    void hostWithoutAnyGpuReportsNone() {
        assertTrue(inventory(null, List.of()).devices().isEmpty());
    }

    private static GpuInventory inventory(String nvidiaSmiOutput, List<GpuDevice> oshi) {
        RecordedCommands commands = new RecordedCommands();
        if (nvidiaSmiOutput != null) {
            commands.answer("nvidia-smi", CommandResult.success(nvidiaSmiOutput));
        }
        return new GpuInventory(List.of(new NvidiaSmiProbe(commands, "nvidia-smi")), () -> oshi, new GpuBandwidthTable());
    }
}
