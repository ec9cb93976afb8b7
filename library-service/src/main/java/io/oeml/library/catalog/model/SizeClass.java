package io.oeml.library.catalog.model;

import java.util.Locale;

/**
 * Size buckets by total parameter count: tiny below 1 B, small 1 B to below 4.5 B, medium 4.5 B to below 16 B,
 * large 16 B to below 40 B, huge 40 B and above.
 */
public enum SizeClass {
    TINY(0, 1_000_000_000L), SMALL(1_000_000_000L, 4_500_000_000L), MEDIUM(4_500_000_000L, 16_000_000_000L),
    LARGE(16_000_000_000L, 40_000_000_000L), HUGE(40_000_000_000L, Long.MAX_VALUE);

    private final long minInclusive;
    private final long maxExclusive;

    SizeClass(long minInclusive, long maxExclusive) {
        this.minInclusive = minInclusive;
        this.maxExclusive = maxExclusive;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean contains(long parameters) {
        return parameters >= minInclusive && parameters < maxExclusive;
    }

    /** Null when the parameter count is unknown (0). */
    public static SizeClass of(long parameters) {
        if (parameters <= 0) {
            return null;
        }
        for (SizeClass size : values()) {
            if (size.contains(parameters)) {
                return size;
            }
        }
        return HUGE;
    }

    public static SizeClass fromWire(String text) {
        for (SizeClass size : values()) {
            if (size.wireName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return size;
            }
        }
        return null;
    }
}
