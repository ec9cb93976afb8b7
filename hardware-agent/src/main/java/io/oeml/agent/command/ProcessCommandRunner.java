package io.oeml.agent.command;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.oeml.agent.config.AgentConfig;

/**
 * Runs tools as child processes with a timeout. A program that is not on the PATH is reported without spawning a
 * process, so a host without nvidia-smi pays nothing for asking every few seconds.
 */
@ApplicationScoped
public class ProcessCommandRunner implements CommandRunner {

    private final long timeoutMillis;

    @Inject
    public ProcessCommandRunner(AgentConfig config) {
        this(config.commandTimeout().toMillis());
    }

    ProcessCommandRunner(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public CommandResult run(List<String> command) {
        String program = command.get(0);
        if (resolve(program).isEmpty()) {
            return CommandResult.failed(-1, "", program + " not found");
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return CommandResult.failed(-1, "", program + " could not be started: " + e.getMessage());
        }
        // Read stdout concurrently so a chatty tool cannot block on a full pipe before the timeout fires.
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try {
            if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return CommandResult.failed(-1, "", program + " timed out after " + timeoutMillis + " ms");
            }
            String out = stdout.get(timeoutMillis, TimeUnit.MILLISECONDS);
            int exit = process.exitValue();
            return exit == 0 ? CommandResult.success(out) : CommandResult.failed(exit, out, program + " exited with " + exit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return CommandResult.failed(-1, "", program + " interrupted");
        } catch (Exception e) {
            process.destroyForcibly();
            return CommandResult.failed(-1, "", program + " output unreadable: " + e.getMessage());
        }
    }

    private static Optional<Path> resolve(String program) {
        if (program.contains(File.separator)) {
            Path path = Path.of(program);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String pathVariable = System.getenv().getOrDefault("PATH", "");
        for (String dir : pathVariable.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
