package io.oeml.security.audit;

import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Occurrences counted per key until the window is drained, so a repeated event costs one audit record a window rather
 * than one each time. At most {@code maxKeys} keys are told apart a window; an occurrence of a further key is counted
 * under {@code overflow.apply(key)}, so memory stays bounded whatever the callers send.
 *
 * <p>Synchronized rather than lock-free: only refusals pass through here, and a plain lock keeps an occurrence noted
 * while the window is drained from being lost.
 *
 * @param <K> what occurrences are told apart by
 * @param <S> what is kept of a key's first occurrence in the window
 */
public final class WindowedTally<K, S> {

    /** One key's window: its first occurrence's {@code first} sample and time, the last one's time, and how many. */
    public record Tally<S>(S first, Instant firstAt, Instant lastAt, long count) {
    }

    private final int maxKeys;
    private final UnaryOperator<K> overflow;
    private final InstantSource clock;
    private Map<K, Tally<S>> window = new LinkedHashMap<>();

    public WindowedTally(int maxKeys, UnaryOperator<K> overflow, InstantSource clock) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1, was " + maxKeys);
        }
        this.maxKeys = maxKeys;
        this.overflow = overflow;
        this.clock = clock;
    }

    /** Counts one occurrence of {@code key}; {@code sample} is kept when it is the key's first in this window. */
    public synchronized void note(K key, S sample) {
        Instant now = clock.instant();
        K counted = window.size() < maxKeys || window.containsKey(key) ? key : overflow.apply(key);
        window.merge(counted, new Tally<>(sample, now, now, 1),
                (was, one) -> new Tally<>(was.first(), was.firstAt(), now, was.count() + 1));
    }

    /** The window's tallies, in the order their keys first occurred; the next occurrence opens a new window. */
    public synchronized Map<K, Tally<S>> drain() {
        Map<K, Tally<S>> due = window;
        window = new LinkedHashMap<>();
        return due;
    }
}
