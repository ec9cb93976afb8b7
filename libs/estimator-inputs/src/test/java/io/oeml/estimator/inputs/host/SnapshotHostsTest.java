package io.oeml.estimator.inputs.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.ServerSettings;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.CpuInfo;
import io.oeml.events.capacity.GpuDevice;
import io.oeml.events.capacity.MemoryInfo;
import io.oeml.events.capacity.OllamaSettings;
import io.oeml.events.capacity.OllamaStatus;

/** A hardware agent's snapshot as the estimator's host. */
class SnapshotHostsTest {

    private static final MemoryInfo RAM_32G = new MemoryInfo(32_000_000_000L, 20_000_000_000L, 0, 0, 60.0, "configured", "oshi");
    private static final CpuInfo EIGHT_THREADS = new CpuInfo("cpu", "amd", 4, 8, List.of("avx2"), "oshi");

    @Test
    void gpusBecomeDevicesOfTheirVendorsLibrary() {
        HostHardware hardware = SnapshotHosts.hardware(snapshot(List.of(gpu("nvidia", 24_000_000_000L, 23_000_000_000L),
                gpu("amd", 16_000_000_000L, null)), null));

        assertThat(hardware.gpus()).extracting(io.oeml.estimator.model.GpuDevice::library).containsExactly("cuda", "rocm");
        assertThat(hardware.gpus().get(1).freeBytes()).as("no free figure: the total").isEqualTo(16_000_000_000L);
        assertThat(hardware.ramFreeBytes()).isEqualTo(20_000_000_000L);
        assertThat(hardware.ramBandwidthGbps()).isEqualTo(60.0);
    }

    @Test
    void aGpuWithoutATotalIsLeftOut() {
        assertThat(SnapshotHosts.hardware(snapshot(List.of(gpu("intel", null, null)), null)).hasGpu()).isFalse();
    }

    @Test
    void theServerSettingsAreTheAgentsEraAndOllamaEnvironment() {
        OllamaSettings settings = new OllamaSettings(8192, 4, "q8_0", true, 2, "environment");

        assertThat(SnapshotHosts.server(snapshot(List.of(), settings)))
                .isEqualTo(new ServerSettings(Era.B, 4, KvCacheType.Q8_0, 8192));
    }

    @Test
    void settingsTheAgentCouldNotReadStayUnknown() {
        assertThat(SnapshotHosts.server(snapshot(List.of(), null))).isEqualTo(new ServerSettings(Era.B, null, null, null));
    }

    @Test
    void cpuThreadsAreTheLogicalCores() {
        assertThat(SnapshotHosts.cpuThreads(snapshot(List.of(), null))).isEqualTo(8);
    }

    private static CapacitySnapshot snapshot(List<GpuDevice> gpus, OllamaSettings settings) {
        return new CapacitySnapshot(CapacitySnapshot.SCHEMA_VERSION, "box", "box.lan", "test", Instant.now(),
                EIGHT_THREADS, RAM_32G, gpus,
                new OllamaStatus("http://box:11434", true, "0.24.0", "B", null, List.of(), List.of(), settings, false));
    }

    private static GpuDevice gpu(String vendor, Long total, Long free) {
        return new GpuDevice(0, vendor, "gpu", "GPU-1", total, null, free, false, null, null, null, null, "test", null);
    }
}
