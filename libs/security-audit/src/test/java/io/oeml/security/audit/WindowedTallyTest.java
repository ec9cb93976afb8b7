package io.oeml.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.oeml.security.audit.WindowedTally.Tally;

/** Occurrences counted per key until drained, bounded in keys. */
class WindowedTallyTest {

    private static final Instant AT = Instant.parse("2026-12-02T18:00:00Z");

    @Test
    void pastMaxKeysFurtherKeysAreCountedUnderTheOverflowKey() {
        WindowedTally<String, String> tally = new WindowedTally<>(2, key -> "other", () -> AT);
        for (String address : new String[] {"10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.1"}) {
            tally.note(address, address);
        }

        assertThat(tally.drain()).containsExactly(Map.entry("10.0.0.1", new Tally<>("10.0.0.1", AT, AT, 2)),
                Map.entry("10.0.0.2", new Tally<>("10.0.0.2", AT, AT, 1)),
                Map.entry("other", new Tally<>("10.0.0.3", AT, AT, 2)));
    }

    @Test
    void noOccurrenceIsLostWhileAWindowIsDrained() throws InterruptedException {
        WindowedTally<String, String> tally = new WindowedTally<>(10, key -> "other", () -> AT);
        int threads = 4;
        int each = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    tally.note("key", null);
                }
                return null;
            });
        }
        long counted = 0;
        start.countDown();
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.MILLISECONDS)) {
            counted += tally.drain().values().stream().mapToLong(Tally::count).sum();
        }
        counted += tally.drain().values().stream().mapToLong(Tally::count).sum();

        assertThat(counted).isEqualTo((long) threads * each);
    }

    @Test
    void aTallyTellsAtLeastOneKeyApart() {
        assertThatThrownBy(() -> new WindowedTally<String, String>(0, key -> "other", () -> AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
