package io.oeml.agent.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.CpuInfo;
import io.oeml.events.capacity.GpuDevice;
import io.oeml.events.capacity.LoadedModel;
import io.oeml.events.capacity.MemoryInfo;
import io.oeml.events.capacity.OllamaStatus;

class MaterialChangeTest {

    private static final long GIB = 1L << 30;
    private static final long THRESHOLD = GIB / 2;

    @Test
    void nothingPublishedYetIsMaterial() {
        assertEquals(Optional.of("first snapshot"), MaterialChange.between(null, snapshot(10 * GIB, 8 * GIB, List.of()), THRESHOLD));
    }

    @Test
    void smallMovesOfFreeMemoryAreNoise() {
        assertTrue(MaterialChange.between(snapshot(10 * GIB, 8 * GIB, List.of()),
                snapshot(10 * GIB - 100_000_000L, 8 * GIB + 100_000_000L, List.of()), THRESHOLD).isEmpty());
    }

    @Test
    void gpuFreeMemoryMovingPastTheThresholdIsMaterial() {
        assertEquals(Optional.of("free memory of GPU 0 moved"),
                MaterialChange.between(snapshot(10 * GIB, 8 * GIB, List.of()), snapshot(10 * GIB, 4 * GIB, List.of()), THRESHOLD));
    }

    @Test
    void availableRamMovingPastTheThresholdIsMaterial() {
        assertEquals(Optional.of("available RAM moved"),
                MaterialChange.between(snapshot(10 * GIB, 8 * GIB, List.of()), snapshot(9 * GIB, 8 * GIB, List.of()), THRESHOLD));
    }

    @Test
    void aModelLoadingIsMaterialEvenWithoutMemoryMoving() {
        LoadedModel model = new LoadedModel("llama3.1:8b", 6 * GIB, 6 * GIB, 4096, null);

        assertEquals(Optional.of("loaded models changed"),
                MaterialChange.between(snapshot(10 * GIB, 8 * GIB, List.of()), snapshot(10 * GIB, 8 * GIB, List.of(model)), THRESHOLD));
    }

    private static CapacitySnapshot snapshot(long availableRam, long freeVram, List<LoadedModel> loaded) {
        GpuDevice gpu = new GpuDevice(0, "nvidia", "NVIDIA L4", "GPU-1", 24 * GIB, 24 * GIB - freeVram, freeVram, false,
                null, null, null, null, "nvidia-smi", null);
        OllamaStatus ollama = new OllamaStatus("http://localhost:11434", true, "0.30.1", "C", null, List.of(), loaded, null, false);
        return new CapacitySnapshot(1, "host-1", "host-1", "test", Instant.now(),
                new CpuInfo("cpu", "amd", 8, 16, List.of(), "oshi"),
                new MemoryInfo(32 * GIB, availableRam, 0, 0, null, null, "oshi"), List.of(gpu), ollama);
    }
}
