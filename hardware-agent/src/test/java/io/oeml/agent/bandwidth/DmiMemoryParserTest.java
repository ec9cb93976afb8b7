package io.oeml.agent.bandwidth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.oeml.agent.Fixtures;

class DmiMemoryParserTest {

    @Test
    void dualChannelDdr4At3200IsFiftyOneGigabytesPerSecond() {
        assertEquals(new Bandwidth(51.2, "dmi-memory-speed"),
                DmiMemoryParser.bandwidth(Fixtures.text("dmidecode/laptop-two-channels.txt")).orElseThrow());
    }

    @Test
    void locatorsWithoutChannelNamesLeaveTheBandwidthUnknown() {
        assertTrue(DmiMemoryParser.bandwidth(Fixtures.text("dmidecode/server-no-channel-names.txt")).isEmpty());
    }

    @Test
    void emptySlotsAreNotModules() {
        assertEquals(1, DmiMemoryParser.modules(Fixtures.text("dmidecode/server-no-channel-names.txt")).size());
    }

    @Test
    void noSmbiosAnswerMeansUnknown() {
        assertTrue(DmiMemoryParser.bandwidth("").isEmpty());
    }
}
