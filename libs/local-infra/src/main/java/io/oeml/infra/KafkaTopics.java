package io.oeml.infra;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The suite's topics, created explicitly with their settings rather than left to auto-creation.
 * Kubernetes creates the same topics through Strimzi KafkaTopic resources in {@code deploy/k8s}.
 */
public final class KafkaTopics {

    public static final String HARDWARE_CAPACITY = "hardware.capacity";
    public static final String FINETUNE_JOB_EVENTS = "finetune.job-events";
    public static final String OPTIMIZER_SESSION_EVENTS = "optimizer.session-events";
    public static final String LIBRARY_MODEL_EVENTS = "library.model-events";

    private static final int PARTITIONS = 3;
    private static final short REPLICATION = 1;

    private KafkaTopics() {
    }

    static List<NewTopic> definitions() {
        // Capacity is a "latest snapshot per host" table: compaction keeps the newest record per key forever.
        NewTopic capacity = new NewTopic(HARDWARE_CAPACITY, PARTITIONS, REPLICATION)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0",
                        TopicConfig.SEGMENT_MS_CONFIG, "3600000"));
        // Job and session events are a history: keep them for a week.
        Map<String, String> history = Map.of(TopicConfig.RETENTION_MS_CONFIG, "604800000");
        return List.of(capacity,
                new NewTopic(FINETUNE_JOB_EVENTS, PARTITIONS, REPLICATION).configs(history),
                new NewTopic(OPTIMIZER_SESSION_EVENTS, PARTITIONS, REPLICATION).configs(history),
                new NewTopic(LIBRARY_MODEL_EVENTS, PARTITIONS, REPLICATION).configs(history));
    }

    /** Creates every topic that does not exist yet; existing topics are left as they are. */
    public static void createMissing(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = definitions().stream()
                    .filter(t -> !existing.contains(t.name()))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            throw new InfraException("could not create topics on " + bootstrapServers, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while creating topics", e);
        }
    }
}
