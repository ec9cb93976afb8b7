package io.oeml.library.units;

/** Bytes as decimal gigabytes (10^9 bytes, the unit Ollama and the catalog use) for responses. */
public final class Gigabytes {

    private static final double BYTES_PER_GB = 1e9;

    private Gigabytes() {
    }

    /** The exact value, for sizes that came in as gigabytes (the catalog's download sizes). */
    public static double of(long bytes) {
        return bytes / BYTES_PER_GB;
    }

    /** Rounded half up to two decimals (10 MB), the precision every response's memory figures carry. */
    public static double rounded(long bytes) {
        return Math.round(bytes / 1e7) / 100.0;
    }
}
