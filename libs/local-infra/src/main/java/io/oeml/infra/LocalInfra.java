package io.oeml.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure of the local run: one real Postgres and one real Kafka broker with their data under a
 * directory, kept across restarts. Runs in the foreground until SIGTERM or Ctrl-C, then stops both.
 * Writes {@code infra.env} (shell exports for the services) once both are ready.
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

        PostgresServer postgres = PostgresServer.start(dir.resolve("postgres").resolve("data"), postgresPort, true);
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(dir.resolve("kafka"), kafkaPort, controllerPort,
                    List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC"));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
            stopped.countDown();
        }, "local-infra-stop"));

        Files.writeString(dir.resolve("infra.env"), String.join("\n",
                "export KAFKA_BOOTSTRAP_SERVERS=" + kafka.bootstrapServers(),
                "export DB_JDBC_URL=" + postgres.jdbcUrl(),
                "export DB_REACTIVE_URL=" + postgres.reactiveUrl(),
                "export DB_USER=" + PostgresServer.USER,
                "export DB_PASSWORD=" + PostgresServer.PASSWORD,
                "export KAFKA_PID=" + kafka.pid(),
                ""));
        System.out.println("local-infra ready: postgres " + postgres.jdbcUrl() + ", kafka " + kafka.bootstrapServers());
        stopped.await();
    }
}
