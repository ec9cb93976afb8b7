package io.oeml.library.fleet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.CpuInfo;
import io.oeml.events.capacity.MemoryInfo;
import io.oeml.events.capacity.OllamaStatus;
import io.oeml.library.fleet.HostStatus;

/** Which host answers a request that names none. */
class KnownHostsTest {

    @Test
    void theOnlyOnlineHostIsTheDefault() {
        assertThat(KnownHosts.soleOnline(List.of(host("gpu-box", HostStatus.ONLINE), host("old", HostStatus.OFFLINE))))
                .map(CapacitySnapshot::hostId).contains("gpu-box");
    }

    @Test
    void severalOnlineHostsLeaveNoDefault() {
        assertThat(KnownHosts.soleOnline(List.of(host("a", HostStatus.ONLINE), host("b", HostStatus.ONLINE)))).isEmpty();
    }

    @Test
    void aStaleHostIsNoDefault() {
        assertThat(KnownHosts.soleOnline(List.of(host("a", HostStatus.STALE)))).isEmpty();
    }

    @Test
    void anEmptyFleetHasNoDefault() {
        assertThat(KnownHosts.soleOnline(List.of())).isEmpty();
    }

    private static HostView host(String id, HostStatus status) {
        Instant now = Instant.now();
        CapacitySnapshot snapshot = new CapacitySnapshot(CapacitySnapshot.SCHEMA_VERSION, id, id, "test", now,
                new CpuInfo("cpu", "test", 4, 8, List.of(), "test"),
                new MemoryInfo(16L << 30, 8L << 30, 0, 0, null, null, "test"), List.of(),
                OllamaStatus.unreachable("http://127.0.0.1:11434", "refused"));
        return new HostView(id, id, status, now, now, now, null, 0, 1, snapshot);
    }
}
