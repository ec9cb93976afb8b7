package io.oeml.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.oeml.infra.ollama.ModelFiles;
import io.oeml.infra.ollama.OllamaBuild;
import io.oeml.infra.ollama.Progress;
import io.oeml.infra.ollama.TinyModel;

/**
 * A real Ollama server ({@code ollama serve}, built by {@link OllamaBuild}) on loopback, with its own home and model
 * store under a directory, and no way out to the network: every proxy variable points at a closed port, so a pull
 * fails at once instead of reaching a registry. Started and stopped by process id; its model runners are its
 * children and exit with it.
 */
public final class OllamaServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]*)\"");
    /** A port nothing listens on: any request through the proxy is refused at once. */
    private static final String NO_WAY_OUT = "http://127.0.0.1:9";

    private final Path binary;
    private final Path dir;
    private final int port;
    private final Process process;

    private OllamaServer(Path binary, Path dir, int port, Process process) {
        this.binary = binary;
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /** Starts a server owned by this JVM with its home and model store in {@code dir}, kept on close. */
    public static OllamaServer start(Path dir, int port) {
        return start(dir, port, Lifetime.THIS_JVM);
    }

    /** As {@link #start(Path, int)}, with the given lifetime. Builds the binary first if the cache has none. */
    public static OllamaServer start(Path dir, int port, Lifetime lifetime) {
        Path binary = OllamaBuild.binary();
        try {
            Files.createDirectories(dir.resolve("home"));
            Files.createDirectories(dir.resolve("models"));
            ProcessBuilder builder = new ProcessBuilder(binary.toString(), "serve")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("ollama.log").toFile()));
            builder.environment().putAll(serverEnv(dir, port));
            Process process = builder.start();
            if (lifetime == Lifetime.THIS_JVM) {
                OrphanGuard.watch(OrphanGuard.currentPid(), process.pid(), "kill -TERM " + process.pid());
            }
            OllamaServer server = new OllamaServer(binary, dir, port, process);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new InfraException("could not start Ollama in " + dir, e);
        }
    }

    /** Creates each model the server does not have yet from its GGUF (fetched and checked first if need be). */
    public OllamaServer withModels(List<TinyModel> models) {
        for (TinyModel model : models) {
            if (has(model)) {
                continue;
            }
            Path gguf = ModelFiles.gguf(model);
            long start = System.nanoTime();
            Progress.say("creating model " + model.name() + " from " + gguf);
            try {
                Path modelfile = dir.resolve("modelfiles").resolve(model.name());
                Files.createDirectories(modelfile.getParent());
                Files.writeString(modelfile, "FROM " + gguf + "\n");
                runCli(List.of("create", model.name(), "-f", modelfile.toString()));
            } catch (IOException e) {
                throw new InfraException("could not write the Modelfile of " + model.name() + " in " + dir, e);
            }
            Progress.say("created " + model.name() + " in " + Progress.seconds(start));
        }
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** The server's log: load times and the memory parts (weights, KV cache, compute graph) of each runner. */
    public Path log() {
        return dir.resolve("ollama.log");
    }

    /** Stops the server with SIGTERM (it stops its runners) and waits; a runner still alive after that is killed. */
    @Override
    public void close() {
        List<ProcessHandle> runners = process.descendants().toList();
        ServerProcesses.stop(process, STOP_TIMEOUT);
        runners.forEach(ProcessHandle::destroyForcibly);
    }

    private boolean has(TinyModel model) {
        try {
            runCli(List.of("show", model.name(), "--modelfile"));
            return true;
        } catch (InfraException notThere) {
            return false;
        }
    }

    private void runCli(List<String> args) {
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("ollama-cli.log").toFile()));
        builder.environment().putAll(serverEnv(dir, port));
        try {
            Process cli = builder.start();
            if (!cli.waitFor(5, TimeUnit.MINUTES) || cli.exitValue() != 0) {
                cli.destroyForcibly();
                throw new InfraException("ollama " + String.join(" ", args) + " failed; see " + dir.resolve("ollama-cli.log"));
            }
        } catch (IOException e) {
            throw new InfraException("could not run " + binary, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while running ollama " + String.join(" ", args), e);
        }
    }

    private static Map<String, String> serverEnv(Path dir, int port) {
        return Map.ofEntries(
                // It writes its key pair to ~/.ollama on first start: never the user's own.
                Map.entry("HOME", dir.resolve("home").toString()),
                Map.entry("OLLAMA_HOST", "127.0.0.1:" + port),
                Map.entry("OLLAMA_MODELS", dir.resolve("models").toString()),
                Map.entry("OLLAMA_NO_CLOUD", "1"),
                Map.entry("HTTPS_PROXY", NO_WAY_OUT), Map.entry("https_proxy", NO_WAY_OUT),
                Map.entry("HTTP_PROXY", NO_WAY_OUT), Map.entry("http_proxy", NO_WAY_OUT),
                Map.entry("NO_PROXY", "127.0.0.1,localhost"), Map.entry("no_proxy", "127.0.0.1,localhost"));
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/version"))
                .timeout(Duration.ofSeconds(2)).build();
        ServerProcesses.awaitReady(process, "Ollama", log(), READY_TIMEOUT, Duration.ofMillis(100), () -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher version = VERSION.matcher(response.body());
            if (response.statusCode() != 200 || !version.find()) {
                return false;
            }
            if (!OllamaBuild.VERSION.equals(version.group(1))) {
                throw new InfraException("Ollama at " + baseUrl() + " says version " + version.group(1)
                        + ", built as " + OllamaBuild.VERSION + ": the build lost its version stamp");
            }
            return true;
        });
    }
}
