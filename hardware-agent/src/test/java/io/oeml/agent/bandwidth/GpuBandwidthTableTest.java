package io.oeml.agent.bandwidth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GpuBandwidthTableTest {

    private final GpuBandwidthTable table = new GpuBandwidthTable();

    @Test
    void exactNvidiaSmiNameIsFound() {
        assertEquals(new Bandwidth(1008, "gpu-table"), table.lookup("NVIDIA GeForce RTX 4090").orElseThrow());
    }

    @Test
    void vendorWordsAndCaseDoNotMatter() {
        assertEquals(960.0, table.lookup("Radeon RX 7900 XTX").orElseThrow().gbps());
    }

    @Test
    void aSiblingModelIsNotTakenForAnother() {
        assertEquals(200.0, table.lookup("Apple M1 Pro").orElseThrow().gbps());
        assertEquals(68.25, table.lookup("Apple M1").orElseThrow().gbps());
    }

    @Test
    void unlistedOrAmbiguousDeviceStaysUnknown() {
        assertTrue(table.lookup("Apple M3 Max").isEmpty());
        assertTrue(table.lookup("AMD GPU 0x15bf").isEmpty());
    }
}
