package io.oeml.library.fleet;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.CpuInfo;
import io.oeml.events.capacity.InstalledModel;
import io.oeml.events.capacity.MemoryInfo;
import io.oeml.events.capacity.OllamaStatus;
import io.oeml.infra.testing.TestCloudEvents;

/** Publishes capacity events to the real broker exactly as a hardware agent does (CloudEvents binary mode). */
public final class CapacityEvents {

    private CapacityEvents() {
    }

    public static String snapshotJson(String hostId, long totalBytes, int cores, Instant observedAt) {
        return snapshotJson(hostId, hostId + ".test", totalBytes, cores, observedAt);
    }

    /** @param hostname inserted into the JSON as is, so it may hold escapes such as {@code \\u0000} */
    public static String snapshotJson(String hostId, String hostname, long totalBytes, int cores, Instant observedAt) {
        return """
                {"schema_version":1,"host_id":"%s","hostname":"%s","agent_version":"test","observed_at":"%s",
                 "cpu":{"model":"Test CPU","vendor":"test","physical_cores":%d,"logical_cores":%d,"flags":["avx2"],"source":"oshi"},
                 "memory":{"total_bytes":%d,"available_bytes":%d,"swap_total_bytes":0,"swap_used_bytes":0,"source":"oshi"},
                 "gpus":[],
                 "ollama":{"base_url":"http://127.0.0.1:11434","reachable":false,"error":"connection refused",
                           "installed_models":[],"loaded_models":[]}}
                """.formatted(hostId, hostname, observedAt, cores, cores, totalBytes, totalBytes / 2);
    }

    public static String leftJson(String hostId, Instant leftAt) {
        return "{\"host_id\":\"%s\",\"left_at\":\"%s\",\"reason\":\"shutdown\"}".formatted(hostId, leftAt);
    }

    public static void send(String eventId, String type, String hostId, String data) {
        send(Topic.HARDWARE_CAPACITY, eventId, type, hostId, data);
    }

    /** The same on another topic an agent publishes to (e.g. hardware.benchmarks). */
    public static void send(Topic topic, String eventId, String type, String hostId, String data) {
        TestCloudEvents.send(topic, eventId, type, "/hardware-agent/" + hostId, hostId, data);
    }

    /** A CPU-only host without a known memory bandwidth whose reachable Ollama 0.24.0 lists {@code installed}. */
    public static void reportOllamaHostWith(String hostId, InstalledModel installed) {
        CapacitySnapshot snapshot = new CapacitySnapshot(CapacitySnapshot.SCHEMA_VERSION, hostId, hostId + ".test", "test",
                Instant.now(), new CpuInfo("Test CPU", "test", 2, 2, List.of("avx2"), "oshi"),
                new MemoryInfo(24_000_000_000L, 16_000_000_000L, 0, 0, null, null, "oshi"), List.of(),
                new OllamaStatus("http://127.0.0.1:11434", true, "0.24.0", "B", null, List.of(installed), List.of(), null,
                        false));
        send(UUID.randomUUID().toString(), EventTypes.CAPACITY_REPORTED, hostId, EventJson.write(snapshot));
    }

    public static void report(String hostId, long totalBytes, int cores) {
        send(UUID.randomUUID().toString(), EventTypes.CAPACITY_REPORTED, hostId, snapshotJson(hostId, totalBytes, cores, Instant.now()));
    }
}
