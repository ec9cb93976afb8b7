package io.oeml.infra;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.oeml.events.Topic;

/**
 * Creates the suite's topics ({@link Topic}) explicitly with their settings rather than leaving them to
 * auto-creation. Kubernetes creates the same topics through Strimzi KafkaTopic resources in {@code deploy/kubernetes/base/kafka-topics.yaml}.
 */
public final class KafkaTopics {

    private static final short REPLICATION = 1;

    private KafkaTopics() {
    }

    static List<NewTopic> definitions() {
        return Arrays.stream(Topic.values())
                .map(t -> new NewTopic(t.topicName(), Topic.PARTITIONS, REPLICATION).configs(t.configs()))
                .toList();
    }

    /** Creates every topic that does not exist yet; existing topics are left as they are. */
    public static void createMissing(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = definitions().stream()
                    .filter(t -> !existing.contains(t.name()))
                    .toList();
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
