package io.oeml.finetune.dataset.validation;

/**
 * A set of 64-bit hashes that holds at most {@code limit}: open addressing in a {@code long[]} kept at most half
 * full, so its heap is under 32 bytes per hash of the limit (16 MiB for the default million).
 */
final class BoundedHashSet {

    /** Stands for the hash 0, since 0 marks an empty slot (the two count as one). */
    private static final long ZERO = 0x9E3779B97F4A7C15L;

    enum Added { NEW, PRESENT, FULL }

    private final int limit;
    private long[] table = new long[1024];
    private int size;

    BoundedHashSet(int limit) {
        this.limit = limit;
    }

    Added add(long hash) {
        long key = hash == 0 ? ZERO : hash;
        int slot = find(key);
        if (table[slot] == key) {
            return Added.PRESENT;
        }
        if (size >= limit) {
            return Added.FULL;
        }
        if ((size + 1) * 2L > table.length) {
            grow();
            slot = find(key);
        }
        table[slot] = key;
        size++;
        return Added.NEW;
    }

    private int find(long key) {
        int mask = table.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (table[slot] != 0 && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (long key : old) {
            if (key != 0) {
                table[find(key)] = key;
            }
        }
    }
}
