package io.oeml.infra.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.oeml.infra.FreePorts;
import io.oeml.infra.InfraException;
import io.oeml.infra.KafkaBroker;
import io.oeml.infra.KafkaTopics;
import io.oeml.infra.PostgresServer;

/**
 * The real infrastructure of one test JVM, started on first use and stopped by a shutdown hook (and, if the JVM
 * is killed hard, by the orphan guards). Tests that exercise outages may stop and restart either part, or freeze and
 * thaw it.
 */
public final class TestInfra {

    private static final List<String> BROKER_FLAGS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static TestInfra instance;

    private final Path dir;
    private final String externalKafka = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
    private final String externalJdbc = System.getenv("DB_JDBC_URL");
    private final List<Integer> ports = FreePorts.take(3);
    private final int kafkaPort = ports.get(0);
    private final int controllerPort = ports.get(1);
    private final int postgresPort = ports.get(2);
    private KafkaBroker kafka;
    private PostgresServer postgres;

    private TestInfra() {
        try {
            dir = Files.createTempDirectory("oeml-test-infra");
        } catch (IOException e) {
            throw new InfraException("no temp directory for test infrastructure", e);
        }
    }

    public static synchronized TestInfra get() {
        if (instance == null) {
            TestInfra infra = new TestInfra();
            infra.startAll();
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stopAll, "test-infra-stop"));
            instance = infra;
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return externalKafka != null ? externalKafka : "127.0.0.1:" + kafkaPort;
    }

    public Map<String, String> quarkusConfig() {
        String jdbc = externalJdbc != null ? externalJdbc : "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + PostgresServer.DATABASE;
        String reactive = externalJdbc != null ? System.getenv("DB_REACTIVE_URL") : jdbc.substring("jdbc:".length());
        return Map.of(
                "kafka.bootstrap.servers", kafkaBootstrapServers(),
                "quarkus.datasource.jdbc.url", jdbc,
                "quarkus.datasource.reactive.url", reactive,
                "quarkus.datasource.username", env("DB_USER", PostgresServer.USER),
                "quarkus.datasource.password", env("DB_PASSWORD", PostgresServer.PASSWORD));
    }

    public synchronized void stopKafka() {
        requireOwned(externalKafka, "Kafka");
        kafka.close();
    }

    public synchronized void startKafka() {
        requireOwned(externalKafka, "Kafka");
        kafka = KafkaBroker.start(dir.resolve("kafka"), kafkaPort, controllerPort, BROKER_FLAGS);
    }

    public synchronized void stopPostgres() {
        requireOwned(externalJdbc, "Postgres");
        postgres.close();
    }

    public synchronized void startPostgres() {
        requireOwned(externalJdbc, "Postgres");
        postgres = PostgresServer.start(dir.resolve("postgres").resolve("data"), postgresPort);
    }

    /**
     * Freezes Postgres (SIGSTOP to the postmaster and every backend) without closing a socket: the server still
     * accepts TCP connections but answers nothing, the way a hung or overloaded host looks to its clients.
     */
    public synchronized void freezePostgres() {
        requireOwned(externalJdbc, "Postgres");
        signalTree(postmasterPid(), "STOP");
    }

    public synchronized void thawPostgres() {
        requireOwned(externalJdbc, "Postgres");
        signalTree(postmasterPid(), "CONT");
    }

    /** Freezes the Kafka broker's JVM (SIGSTOP); see {@link #freezePostgres()}. */
    public synchronized void freezeKafka() {
        requireOwned(externalKafka, "Kafka");
        signalTree(kafka.pid(), "STOP");
    }

    public synchronized void thawKafka() {
        requireOwned(externalKafka, "Kafka");
        signalTree(kafka.pid(), "CONT");
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dir.resolve("postgres").resolve("data").resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new InfraException("Postgres is not running: no postmaster.pid", e);
        }
    }

    /** Sends a signal to a process and all its descendants (Java can send only TERM and KILL itself). */
    private static void signalTree(long pid, String signal) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal, Long.toString(pid)));
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(child -> command.add(Long.toString(child.pid()))));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (kill.waitFor() != 0) {
                throw new InfraException("kill -" + signal + " " + pid + " failed: "
                        + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
            }
        } catch (IOException e) {
            throw new InfraException("could not run kill -" + signal + " " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while sending " + signal + " to " + pid, e);
        }
    }

    private void startAll() {
        if (externalJdbc == null) {
            postgres = PostgresServer.start(dir.resolve("postgres").resolve("data"), postgresPort);
        }
        if (externalKafka == null) {
            startKafka();
        } else {
            KafkaTopics.createMissing(externalKafka);
        }
    }

    private synchronized void stopAll() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        TempDirs.deleteRecursively(dir);
    }

    private static void requireOwned(String external, String what) {
        if (external != null) {
            throw new IllegalStateException(what + " is external to this test JVM and cannot be stopped by a test");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
