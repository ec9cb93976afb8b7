package io.oeml.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** Most events published per relay run; the rest wait for the next run. */
    @WithDefault("100")
    int batchSize();

    /** How often the relay looks for pending events (read by {@link OutboxRelay}'s schedule). */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long an applied event id stays in the {@link ProcessedEvents} ledger. It must outlive every redelivery:
     * the topics keep events 7 days and Kafka keeps an idle consumer group's offsets 7 days, after which the group
     * rereads from the earliest record; an id pruned before that would be applied a second time. Twice that, for margin.
     */
    @WithDefault("14d")
    Duration processedRetention();

    /**
     * How {@link IdempotentConsumer} waits between attempts while it cannot apply an event, and how often it retries one
     * that fails for another reason than an outage (a dependency outage is retried for as long as it lasts).
     */
    ConsumerRetry consumerRetry();

    interface ConsumerRetry {

        @WithDefault("1s")
        Duration initialBackoff();

        /** The longest wait, so consumption resumes within about this long after an outage of any length. */
        @WithDefault("10s")
        Duration maxBackoff();

        /** Retries of an event whose effect fails (not an outage) before it goes to the dead-letter topic; at least 1. */
        @WithDefault("3")
        int maxRetries();
    }
}
