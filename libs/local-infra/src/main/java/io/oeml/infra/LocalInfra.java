package io.oeml.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.oeml.identity.claims.IdentityClaims;
import io.oeml.infra.identity.IdentityKeys;
import io.oeml.infra.identity.IdentityTokenSigner;
import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.trainer.TrainerBuild;

/**
 * Starts one part of the local run's infrastructure and returns, leaving it running: a real Postgres, a real Kafka
 * broker or a real Ollama with its data under a directory, kept across restarts. Each part is a process of its own, stopped by
 * its process id ({@code deploy/local/suite.sh}), so one that died is started again without touching the other.
 * Prints the part's process id on stdout and writes {@code <part>.env} (shell exports for the services) beside its
 * data; logs go to stderr.
 *
 * <pre>
 * LocalInfra postgres &lt;dir&gt; &lt;port&gt;
 * LocalInfra kafka &lt;dir&gt; &lt;port&gt; &lt;controller-port&gt;
 * LocalInfra ollama &lt;dir&gt; &lt;port&gt;             a real Ollama 0.24.0 with smollm2-135m and gemma3-270m
 * LocalInfra topics &lt;bootstrap-servers&gt;      creates the suite's topics on a cluster you run
 * LocalInfra identity-keys &lt;dir&gt;            the gateway's identity signing key and the services' JWKS in dir, once
 * LocalInfra identity-token &lt;dir&gt; &lt;owner&gt; &lt;role&gt; &lt;seconds&gt;   prints an identity token signed with dir's key
 * LocalInfra trainer &lt;repository-root&gt;      builds (or finds cached) oeml-trainer and prints its path
 * </pre>
 *
 * {@code identity-keys} starts nothing: it writes {@code signing-key.pem} and {@code jwks.json} into the directory
 * unless they are there already ({@link IdentityKeys}), and {@code identity.env} beside them. {@code identity-token}
 * prints a token as the gateway would sign it for an API key caller, valid for the given seconds, to call a service
 * port directly (deploy/bench/gateway-vs-nginx.sh); it prints nothing else.
 */
public final class LocalInfra {

    private static final List<String> BROKER_FLAGS = List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC");

    private LocalInfra() {
    }

    public static void main(String[] args) throws IOException {
        String part = args.length > 0 ? args[0] : "";
        switch (part) {
            case "postgres" -> {
                requireArgs(args, 3);
                Path dir = Path.of(args[1]).toAbsolutePath();
                PostgresServer postgres = PostgresServer.start(dir.resolve("postgres").resolve("data"),
                        Integer.parseInt(args[2]), Lifetime.DETACHED);
                writeEnv(dir, "postgres", "DB_JDBC_URL=" + postgres.jdbcUrl(), "DB_REACTIVE_URL=" + postgres.reactiveUrl(),
                        "DB_USER=" + PostgresServer.USER, "DB_PASSWORD=" + PostgresServer.PASSWORD);
                System.out.println(postgres.pid());
            }
            case "kafka" -> {
                requireArgs(args, 4);
                Path dir = Path.of(args[1]).toAbsolutePath();
                KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), Integer.parseInt(args[2]),
                        Integer.parseInt(args[3]), BROKER_FLAGS, Lifetime.DETACHED);
                writeEnv(dir, "kafka", "KAFKA_BOOTSTRAP_SERVERS=" + kafka.bootstrapServers());
                System.out.println(kafka.pid());
            }
            case "ollama" -> {
                requireArgs(args, 3);
                Path dir = Path.of(args[1]).toAbsolutePath();
                OllamaServer ollama = OllamaServer.start(dir.resolve("ollama"), Integer.parseInt(args[2]),
                        Lifetime.DETACHED).withModels(TinyModel.ALL);
                writeEnv(dir, "ollama", "OLLAMA_BASE_URL=" + ollama.baseUrl());
                System.out.println(ollama.pid());
            }
            case "topics" -> {
                requireArgs(args, 2);
                KafkaTopics.createMissing(args[1]);
            }
            case "identity-keys" -> {
                requireArgs(args, 2);
                Path dir = Path.of(args[1]).toAbsolutePath();
                IdentityKeys keys = IdentityKeys.ensure(dir);
                writeEnv(dir, "identity", "IDENTITY_JWKS=" + keys.jwksFile(), "IDENTITY_SIGNING_KEY=" + keys.signingKeyFile(),
                        "IDENTITY_KEY_ID=" + keys.keyId());
            }
            case "identity-token" -> {
                requireArgs(args, 5);
                IdentityKeys keys = IdentityKeys.ensure(Path.of(args[1]).toAbsolutePath());
                System.out.println(IdentityTokenSigner.sign(keys, IdentityClaims.DEFAULT_ISSUER, args[2], List.of(args[3]),
                        Instant.now(), Duration.ofSeconds(Long.parseLong(args[4]))));
            }
            case "trainer" -> {
                requireArgs(args, 2);
                System.out.println(TrainerBuild.binary(Path.of(args[1]).toAbsolutePath()));
            }
            default -> usage();
        }
        // Nothing of ours runs in this JVM any more; do not wait on a library's stray non-daemon thread.
        System.exit(0);
    }

    private static void writeEnv(Path dir, String part, String... assignments) throws IOException {
        StringBuilder exports = new StringBuilder();
        for (String assignment : assignments) {
            exports.append("export ").append(assignment).append('\n');
        }
        Files.writeString(dir.resolve(part + ".env"), exports);
    }

    private static void requireArgs(String[] args, int count) {
        if (args.length != count) {
            usage();
        }
    }

    private static void usage() {
        System.err.println("usage: LocalInfra postgres <dir> <port> | kafka <dir> <port> <controller-port>"
                + " | ollama <dir> <port> | topics <bootstrap-servers> | identity-keys <dir>"
                + " | identity-token <dir> <owner> <role> <seconds> | trainer <repository-root>");
        System.exit(2);
    }
}
