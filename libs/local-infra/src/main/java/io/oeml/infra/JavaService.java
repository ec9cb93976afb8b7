package io.oeml.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service ({@code java -jar quarkus-run.jar}, or the entrypoint of its container image unpacked) run as its
 * own process by a test, with its log in a file. It is stopped by process id, and by an orphan guard if the test JVM
 * dies first.
 */
public final class JavaService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    /** What must exist before the command can run (the jar, or the image's java). */
    private final Path program;
    private final List<String> command;
    /** The process's working directory; null: the test JVM's. */
    private final Path directory;
    private final Map<String, String> env;
    private final Path log;
    private final int port;
    private final int managementPort;
    private Process process;

    /**
     * @param port the HTTP port the service is told to use through {@code env}
     * @param managementPort its management port (health, metrics), given to it as {@code MANAGEMENT_PORT}; readiness
     *        is read there
     */
    public JavaService(String name, Path jar, Map<String, String> env, int port, int managementPort, Path logDir) {
        this(name, jar, List.of(KafkaBroker.javaBinary(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString()), null, env, port, managementPort, logDir);
    }

    /**
     * A service started by any command, e.g. a container image's entrypoint in its unpacked root file system.
     *
     * @param program the file the command needs (its executable or jar), checked before starting
     * @param directory the working directory
     */
    public JavaService(String name, Path program, List<String> command, Path directory, Map<String, String> env, int port,
            int managementPort, Path logDir) {
        this.name = name;
        this.program = program;
        this.command = List.copyOf(command);
        this.directory = directory;
        Map<String, String> all = new HashMap<>(env);
        all.put("MANAGEMENT_PORT", Integer.toString(managementPort));
        this.env = Map.copyOf(all);
        this.port = port;
        this.managementPort = managementPort;
        this.log = logDir.resolve(name + ".log");
    }

    /** Starts the process and waits until {@code /q/health/ready} answers 200 on the management port. */
    public JavaService start(Duration readyTimeout) {
        if (!Files.exists(program)) {
            throw new InfraException(program + " missing: package the suite first (./mvnw verify builds it)");
        }
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory == null ? null : directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            process = builder.start();
        } catch (IOException e) {
            throw new InfraException("could not start " + name, e);
        }
        OrphanGuard.watch(OrphanGuard.currentPid(), process.pid(), "kill -KILL " + process.pid());
        awaitReady(readyTimeout);
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The management interface: health and metrics, without credentials. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: the process gets no chance to clean up, as in a crash. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** SIGTERM and wait: a clean shutdown. */
    @Override
    public void close() {
        if (isAlive()) {
            process.destroy();
            if (!waitForExit(Duration.ofSeconds(30))) {
                kill();
            }
        }
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady(Duration timeout) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new InfraException(name + " exited during startup; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(Duration.ofMillis(300));
        }
        close();
        throw new InfraException(name + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
