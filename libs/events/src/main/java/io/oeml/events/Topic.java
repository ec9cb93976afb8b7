package io.oeml.events;

import java.util.Locale;
import java.util.Map;

/**
 * The suite's Kafka topics with their settings, defined once. Local runs and tests create them from this list
 * ({@code libs/local-infra} KafkaTopics); channels name them through the {@link #configKey()} properties set in this
 * module's {@code META-INF/microprofile-config.properties}; {@code deploy/kubernetes/base/kafka-topics.yaml} declares the same
 * topics for Strimzi. Tests of this module hold the properties and the YAML to this list.
 */
public enum Topic {

    /** A "latest snapshot per host" table: compaction keeps the newest record per key forever. */
    HARDWARE_CAPACITY("hardware.capacity", Map.of(
            "cleanup.policy", "compact",
            "min.compaction.lag.ms", "0",
            "segment.ms", "3600000")),
    LIBRARY_MODEL_EVENTS("library.model-events", weekOfHistory()),
    FINETUNE_JOB_EVENTS("finetune.job-events", weekOfHistory()),
    OPTIMIZER_SESSION_EVENTS("optimizer.session-events", weekOfHistory()),
    /**
     * Capacity records library-service could not apply (schema-invalid, or failing after the bounded retries), with the
     * original headers and SmallRye's {@code dead-letter-*} headers; kept a week for someone to inspect or replay.
     */
    LIBRARY_CAPACITY_DLQ("library.capacity.dlq", weekOfHistory()),
    /** Capacity records optimizer-service could not apply to its known hosts, as {@link #LIBRARY_CAPACITY_DLQ}. */
    OPTIMIZER_CAPACITY_DLQ("optimizer.capacity.dlq", weekOfHistory()),
    /** {@code library.model-events} records a library-service replica could not act on (dead letters), kept a week. */
    LIBRARY_MODEL_EVENTS_DLQ("library.model-events.dlq", weekOfHistory()),
    /** Benchmark reports of the hardware agents (key = host id), a history library-service stores. */
    HARDWARE_BENCHMARKS("hardware.benchmarks", weekOfHistory()),
    /** Benchmarks library-service asks an agent to run (key = host id; each agent acts on its own host's only). */
    LIBRARY_BENCHMARK_REQUESTS("library.benchmark-requests", weekOfHistory()),
    /** Benchmark reports library-service could not apply, as {@link #LIBRARY_CAPACITY_DLQ} for capacity. */
    LIBRARY_BENCHMARKS_DLQ("library.benchmarks.dlq", weekOfHistory()),
    /** Finished optimizer sessions library-service could not apply, as {@link #LIBRARY_CAPACITY_DLQ} for capacity. */
    LIBRARY_OPTIMIZER_EVENTS_DLQ("library.optimizer-events.dlq", weekOfHistory()),
    /** Fine-tuning events library-service could not apply (a deployed model it cannot list), as {@link #LIBRARY_CAPACITY_DLQ}. */
    LIBRARY_FINETUNE_EVENTS_DLQ("library.finetune-events.dlq", weekOfHistory()),
    /** Audit records of every service (key = actor), which the gateway stores for admins to query. */
    AUDIT_EVENTS("audit.events", weekOfHistory()),
    /** Audit records the gateway could not store (dead letters). */
    GATEWAY_AUDIT_EVENTS_DLQ("gateway.audit-events.dlq", weekOfHistory());

    /** Every topic has this many partitions, locally and in Kubernetes (where only the replication differs). */
    public static final int PARTITIONS = 3;

    private final String topicName;
    private final Map<String, String> configs;

    Topic(String topicName, Map<String, String> configs) {
        this.topicName = topicName;
        this.configs = configs;
    }

    /** Events that form a history: kept for a week. */
    private static Map<String, String> weekOfHistory() {
        return Map.of("retention.ms", "604800000");
    }

    /** The topic's name on the broker. */
    public String topicName() {
        return topicName;
    }

    /** Kafka topic-level configuration (cleanup policy, retention). */
    public Map<String, String> configs() {
        return configs;
    }

    /** The config property holding the name, for channel settings: {@code topic=${oeml.topic.hardware-capacity}}. */
    public String configKey() {
        return "oeml.topic." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
