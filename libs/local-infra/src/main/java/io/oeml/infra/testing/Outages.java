package io.oeml.infra.testing;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

/** How quickly a service answers while one of its dependencies is frozen ({@link TestInfra#freezePostgres()}). */
public final class Outages {

    /** The most a caller should wait to hear that a dependency is down: past the 2-3 s database bounds, with room. */
    public static final Duration FAIL_FAST = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(Outages.class);

    private Outages() {
    }

    /** Runs {@code during} with Postgres frozen, and thaws it whatever happened. */
    public static void whilePostgresFrozen(Runnable during) {
        TestInfra infra = TestInfra.get();
        infra.freezePostgres();
        try {
            during.run();
        } finally {
            infra.thawPostgres();
        }
    }

    /**
     * Runs {@code request} (its assertions included) and fails unless it ended within {@code limit}. A request that
     * hangs, the failure under test, ends the test at twice the limit instead of blocking it.
     */
    public static void answersWithin(Duration limit, String what, Runnable request) {
        long start = System.nanoTime();
        try {
            CompletableFuture.runAsync(request).get(limit.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " did not answer within " + limit.toMillis() * 2 + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError(what + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(what + " was interrupted", e);
        }
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        LOG.infof("during the outage %s answered in %d ms", what, took);
        if (took > limit.toMillis()) {
            throw new AssertionError(what + " answered after " + took + " ms, limit " + limit.toMillis() + " ms");
        }
    }
}
