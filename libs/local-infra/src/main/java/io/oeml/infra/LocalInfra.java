package io.oeml.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure of the local run: a real Postgres and a real Kafka broker with their data under a directory,
 * kept across restarts. An existing server is used instead when {@code DB_JDBC_URL} (with {@code DB_REACTIVE_URL},
 * {@code DB_USER}, {@code DB_PASSWORD}) or {@code KAFKA_BOOTSTRAP_SERVERS} is set. Runs in the foreground until
 * SIGTERM or Ctrl-C, then stops what it started. Writes {@code infra.env} (shell exports for the services) once ready.
 *
 * <p>Usage: {@code LocalInfra <dir> <postgres-port> <kafka-port> <kafka-controller-port>}
 */
public final class LocalInfra {

    private LocalInfra() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: LocalInfra <dir> <postgres-port> <kafka-port> <kafka-controller-port>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int postgresPort = Integer.parseInt(args[1]);
        int kafkaPort = Integer.parseInt(args[2]);
        int controllerPort = Integer.parseInt(args[3]);
        Files.deleteIfExists(dir.resolve("infra.env"));

        List<AutoCloseable> started = new ArrayList<>();
        List<String> env = new ArrayList<>();
        try {
            if (System.getenv("DB_JDBC_URL") == null) {
                PostgresServer postgres = PostgresServer.start(dir.resolve("postgres").resolve("data"), postgresPort);
                started.add(0, postgres);
                env.addAll(List.of("DB_JDBC_URL=" + postgres.jdbcUrl(), "DB_REACTIVE_URL=" + postgres.reactiveUrl(),
                        "DB_USER=" + PostgresServer.USER, "DB_PASSWORD=" + PostgresServer.PASSWORD));
            }
            String kafkaServers = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
            if (kafkaServers == null) {
                KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), kafkaPort, controllerPort,
                        List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC"));
                started.add(0, kafka);
                kafkaServers = kafka.bootstrapServers();
            } else {
                KafkaTopics.createMissing(kafkaServers);
            }
            env.add("KAFKA_BOOTSTRAP_SERVERS=" + kafkaServers);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeAll(started);
            stopped.countDown();
        }, "local-infra-stop"));
        StringBuilder exports = new StringBuilder();
        env.forEach(line -> exports.append("export ").append(line).append('\n'));
        Files.writeString(dir.resolve("infra.env"), exports);
        System.out.println("local-infra ready: " + String.join(" ", env));
        stopped.await();
    }

    private static void closeAll(List<AutoCloseable> started) {
        for (AutoCloseable part : started) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("could not stop " + part + ": " + e.getMessage());
            }
        }
    }
}
