package io.oeml.library.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GigabytesTest {

    @Test
    void exactValueKeepsEveryDigit() {
        assertEquals(4.661, Gigabytes.of(4_661_000_000L));
    }

    @Test
    void roundedKeepsTwoDecimals() {
        assertEquals(4.66, Gigabytes.rounded(4_661_000_000L));
    }

    @Test
    void roundedGoesUpFromHalfOfTheLastDecimal() {
        assertEquals(4.67, Gigabytes.rounded(4_665_000_000L));
    }

    @Test
    void roundedStaysDownBelowHalfOfTheLastDecimal() {
        assertEquals(4.66, Gigabytes.rounded(4_664_999_999L));
    }

    @Test
    void roundedIsDecimalNotBinary() {
        assertEquals(1.07, Gigabytes.rounded(1L << 30));
    }
}
