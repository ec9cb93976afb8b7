package io.oeml.agent.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import oshi.hardware.GraphicsCard;

import io.oeml.events.capacity.GpuDevice;

class OshiGpuProbeTest {

    /** What OSHI 6.9.1 returned on the build machine, which has no GPU. */
    private static final GraphicsCard PLACEHOLDER = card("unknown", "unknown", 0);

    @Test
    void placeholderCardMeansNoGpu() {
        assertTrue(OshiGpuProbe.devices(List.of(PLACEHOLDER)).isEmpty());
    }

    @Test
    void realCardKeepsItsTotalOnly() {
        GpuDevice gpu = OshiGpuProbe.devices(List.of(card("Intel Arc A770", "Intel Corporation", 16L << 30))).get(0);

        assertEquals("intel", gpu.vendor());
        assertEquals(16L << 30, gpu.totalBytes());
        assertEquals(null, gpu.freeBytes());
        assertEquals("oshi", gpu.memorySource());
    }

    @Test
    void cardWithoutMemoryFigureHasUnknownTotal() {
        assertEquals(null, OshiGpuProbe.devices(List.of(card("UHD Graphics 620", "Intel Corporation", 0))).get(0).totalBytes());
    }

    private static GraphicsCard card(String name, String vendor, long vram) {
        return new GraphicsCard() {
            public String getName() {
                return name;
            }

            public String getDeviceId() {
                return "unknown";
            }

            public String getVendor() {
                return vendor;
            }

            public String getVersionInfo() {
                return "unknown";
            }

            public long getVRam() {
                return vram;
            }
        };
    }
}
