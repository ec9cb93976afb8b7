package io.oeml.events;

import static io.oeml.events.EventFixtures.AT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.oeml.events.capacity.CapacityOrder;
import io.oeml.events.capacity.HostLeft;

/** How a consumer's latest view of a host takes each capacity record: older records never undo newer ones. */
class CapacityOrderTest {

    @Test
    void theFirstSnapshotOfAHostIsKept() {
        assertThat(CapacityOrder.replaces(EventFixtures.snapshot(), null)).isTrue();
    }

    @Test
    void aSnapshotAsNewAsTheKeptOneReplacesIt() {
        assertThat(CapacityOrder.replaces(EventFixtures.snapshot(), AT)).isTrue();
    }

    @Test
    void aReplayedOlderSnapshotDoesNotReplaceANewerOne() {
        assertThat(CapacityOrder.replaces(EventFixtures.snapshot(), AT.plusSeconds(1))).isFalse();
    }

    @Test
    void aHostLeavesAtTheTimeItsEventNames() {
        assertThat(CapacityOrder.leftAt(new HostLeft("host-1", AT.plusSeconds(5), "shutdown"), AT))
                .contains(AT.plusSeconds(5));
    }

    @Test
    void aLeaveOlderThanTheLatestReportIsIgnored() {
        assertThat(CapacityOrder.leftAt(new HostLeft("host-1", AT.minusSeconds(5), "shutdown"), AT)).isEmpty();
    }

    @Test
    void aLeaveWithoutATimeLeavesNow() {
        assertThat(CapacityOrder.leftAt(new HostLeft("host-1", null, "shutdown"), AT)).get()
                .satisfies(at -> assertThat(at).isAfter(AT));
    }
}
