package io.oeml.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one process) running in its own JVM
 * from the Maven Central jars listed in {@code kafka-broker-classpath.txt}. Started and stopped by process id.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDir;
    private final int port;
    private final Process process;

    private KafkaBroker(Path dataDir, int port, Process process) {
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts a broker owned by this JVM whose logs and data live in {@code dataDir}; an already formatted directory
     * is reused, so topics and offsets survive a restart.
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort, List<String> jvmFlags) {
        return start(dataDir, port, controllerPort, jvmFlags, Lifetime.THIS_JVM);
    }

    /** As {@link #start(Path, int, int, List)}, with the given lifetime. */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort, List<String> jvmFlags,
                                    Lifetime lifetime) {
        try {
            Files.createDirectories(dataDir);
            Path config = writeConfig(dataDir, port, controllerPort);
            String classpath = brokerClasspath();
            if (!Files.exists(dataDir.resolve("log").resolve("meta.properties"))) {
                format(classpath, config, dataDir);
            }
            List<String> command = new ArrayList<>(List.of(javaBinary()));
            command.addAll(jvmFlags);
            command.addAll(List.of("-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-cp", classpath, "kafka.Kafka", config.toString()));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    // Appended: the log of a broker that died stays readable after its restart.
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("kafka.log").toFile()))
                    .start();
            if (lifetime == Lifetime.THIS_JVM) {
                OrphanGuard.watch(OrphanGuard.currentPid(), process.pid(), "kill -TERM " + process.pid());
            }
            KafkaBroker broker = new KafkaBroker(dataDir, port, process);
            broker.awaitReady();
            KafkaTopics.createMissing(broker.bootstrapServers());
            return broker;
        } catch (IOException e) {
            throw new InfraException("could not start Kafka in " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the broker with SIGTERM (a controlled shutdown) and waits for it to exit. */
    @Override
    public void close() {
        ServerProcesses.stop(process, STOP_TIMEOUT);
    }

    private void awaitReady() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        try (Admin admin = Admin.create(props)) {
            ServerProcesses.awaitReady(process, "Kafka", dataDir.resolve("kafka.log"), READY_TIMEOUT,
                    Duration.ofMillis(200), () -> admin.describeCluster().nodes().get(3, TimeUnit.SECONDS) != null);
        }
    }

    private static Path writeConfig(Path dataDir, int port, int controllerPort) throws IOException {
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dataDir.resolve("log"),
                "num.partitions=1",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // Topics are created explicitly (KafkaTopics); a typo in a channel's topic must not create a new one.
                "auto.create.topics.enable=false",
                "");
        Path file = dataDir.resolve("server.properties");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file;
    }

    private static void format(String classpath, Path config, Path dataDir) throws IOException {
        // Kafka's own generator: it never starts an id with '-', which the storage tool would read as an option.
        String clusterId = Uuid.randomUuid().toString();
        Process format = new ProcessBuilder(javaBinary(), "-Xmx256m", "-cp", classpath,
                "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("kafka-format.log").toFile())
                .start();
        try {
            if (format.waitFor() != 0) {
                throw new InfraException("Kafka storage format failed; see " + dataDir.resolve("kafka-format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            format.destroyForcibly();
            throw new InfraException("interrupted while formatting Kafka storage", e);
        }
    }

    private static String brokerClasspath() throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/kafka-broker-classpath.txt")) {
            if (in == null) {
                throw new InfraException("kafka-broker-classpath.txt missing: build libs/local-infra with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
