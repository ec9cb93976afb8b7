package io.oeml.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.oeml.infra.FreePorts;
import io.oeml.infra.JavaService;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The real path across services: the hardware agent measures this machine and publishes to Kafka, library-service
 * consumes into Postgres, and the gateway serves the fleet. All three run as their packaged jars, as in production.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetThroughGatewayIT {

    private static final Duration DELIVERY = Duration.ofSeconds(90);
    private static final String HOST_ID = "e2e-" + UUID.randomUUID();

    private static PackagedSuite suite;
    private static JavaService library;
    private static JavaService agent;
    private static JavaService gateway;

    @BeforeAll
    static void startSuite() {
        List<Integer> ports = FreePorts.take(4);
        suite = new PackagedSuite("fleet")
                // Nothing listens there: the suite must report Ollama as unreachable, not fail.
                .set("OLLAMA_BASE_URL", "http://127.0.0.1:" + ports.get(0))
                .set("AGENT_HOST_ID", HOST_ID)
                .set("AGENT_REPORT_INTERVAL", "2s")
                .set("FLEET_REPORT_INTERVAL", "2s")
                .set("LIBRARY_HTTP_PORT", ports.get(1))
                .set("AGENT_HTTP_PORT", ports.get(2))
                .set("GATEWAY_HTTP_PORT", ports.get(3))
                .set("LIBRARY_SERVICE_URL", "http://127.0.0.1:" + ports.get(1));
        library = suite.start("library-service", ports.get(1));
        agent = suite.start("hardware-agent", ports.get(2));
        gateway = suite.start("gateway", ports.get(3));
    }

    @AfterAll
    static void stopSuite() {
        PackagedSuite.stop(gateway, agent, library);
    }

    @Test
    @Order(1)
    void gatewayListsThisMachineWithItsRealMemoryAndCores() throws Exception {
        long memTotalBytes = memTotalKib() * 1024;
        int cores = Integer.parseInt(run("nproc"));

        JsonPath host = awaitHost(h -> "online".equals(h.getString("host.status")));

        assertThat(host.getLong("host.capacity.memory.total_bytes")).isEqualTo(memTotalBytes);
        assertThat(host.getInt("host.capacity.cpu.logical_cores")).isEqualTo(cores);
        assertThat(host.getList("host.capacity.gpus")).isEmpty();
        assertThat(host.getBoolean("host.capacity.ollama.reachable")).isFalse();
    }

    @Test
    @Order(2)
    void libraryCatchesUpAfterACrashWithoutDuplicates() {
        long keptBeforeCrash = awaitHost(h -> h.getLong("host.snapshots_kept") >= 1).getLong("host.snapshots_kept");
        library.kill();
        // The agent goes on reporting while library-service is down.
        Awaitility.await().atMost(DELIVERY).until(() -> reportsOnTopic() >= keptBeforeCrash + 3);
        library = suite.start("library-service", Integer.parseInt(suite.get("LIBRARY_HTTP_PORT")));

        // Stop the agent cleanly: its last event says it left, and the topic stops growing.
        agent.close();
        JsonPath offline = awaitHost(h -> "offline".equals(h.getString("host.status")));
        long reported = reportsOnTopic();

        assertThat(offline.getLong("host.snapshots_kept")).isEqualTo(reported);
        assertThat(reported).isGreaterThanOrEqualTo(keptBeforeCrash + 3);
    }

    private static JsonPath awaitHost(java.util.function.Predicate<JsonPath> condition) {
        JsonPath[] last = new JsonPath[1];
        Awaitility.await().atMost(DELIVERY).pollInterval(Duration.ofMillis(500)).until(() -> {
            // Through the gateway with a user's OIDC access token; the gateway sends the service its own identity token.
            var response = RestAssured.given().auth().oauth2(PackagedSuite.gatewayCredential()).baseUri(gateway.baseUrl()).get("/api/ai/ollama/hosts/" + HOST_ID);
            if (response.statusCode() != 200) {
                return false;
            }
            last[0] = response.jsonPath();
            return condition.test(last[0]);
        });
        return last[0];
    }

    /** Capacity reports of this host on the topic, counted by reading it from the start. */
    private static long reportsOnTopic() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.get("KAFKA_BOOTSTRAP_SERVERS"));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-count-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            var partitions = consumer.partitionsFor("hardware.capacity").stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
            long count = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (HOST_ID.equals(record.key()) && "io.oeml.hardware.capacity.reported".equals(header(record, "ce_type"))) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static long memTotalKib() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
        String line = lines.stream().filter(l -> l.startsWith("MemTotal:")).findFirst().orElseThrow();
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private static String run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return out;
    }
}
