package io.oeml.ollama.emulator.sim;

import java.nio.charset.StandardCharsets;

/** Deterministic SplitMix64 generator seeded from a hash of its key parts: same parts, same numbers. */
public final class SeededRandom {

    private long state;

    private SeededRandom(long seed) {
        this.state = seed;
    }

    public static SeededRandom of(Object... parts) {
        long h = 0xcbf29ce484222325L; // FNV-1a 64
        for (Object p : parts) {
            for (byte b : String.valueOf(p).getBytes(StandardCharsets.UTF_8)) {
                h ^= b & 0xff;
                h *= 0x100000001b3L;
            }
            h ^= 0x1f;
            h *= 0x100000001b3L;
        }
        return new SeededRandom(h);
    }

    public long nextLong() {
        long z = (state += 0x9e3779b97f4a7c15L);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    public int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    /** Standard normal (Box–Muller). */
    public double nextGaussian() {
        double u1 = Math.max(nextDouble(), 1e-12);
        double u2 = nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
