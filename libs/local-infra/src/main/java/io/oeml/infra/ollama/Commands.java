package io.oeml.infra.ollama;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.oeml.infra.InfraException;

/**
 * Runs the external tools of the Ollama and trainer recipes (go, pip, tar, apt-get, cmake, ninja) and fails with their
 * output when they fail.
 */
public final class Commands {

    private Commands() {
    }

    /** Runs {@code command} in {@code dir} with {@code env} added, passing each output line to {@code lines}. */
    public static void run(List<String> command, Path dir, Map<String, String> env, Consumer<String> lines) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        builder.environment().putAll(env);
        StringBuilder tail = new StringBuilder();
        try {
            Process process = builder.start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.accept(line);
                    tail.append(line).append('\n');
                    if (tail.length() > 8000) {
                        tail.delete(0, tail.length() - 4000);
                    }
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new InfraException(String.join(" ", command) + " failed (exit " + exit + "):\n" + tail);
            }
        } catch (IOException e) {
            throw new InfraException("could not run " + command.get(0) + ": is it installed and on the PATH?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while running " + String.join(" ", command), e);
        }
    }

    /** The first line a command prints, or null when it cannot be run or fails. */
    public static String firstLine(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? out.lines().findFirst().orElse("") : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
