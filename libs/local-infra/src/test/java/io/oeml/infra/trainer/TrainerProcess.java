package io.oeml.infra.trainer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/** One run of oeml-trainer: its protocol lines as they arrive (parsed JSON objects), stderr kept in a file. */
final class TrainerProcess implements AutoCloseable {

    private final Process process;
    private final Path stderr;
    private final List<Map<String, Object>> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private TrainerProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.reader = new Thread(this::read, "trainer-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static TrainerProcess start(Path binary, Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(dir, "trainer", ".stderr");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        return new TrainerProcess(process, stderr);
    }

    /** Runs to its end (at most {@code timeout}) and returns the exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("oeml-trainer still runs after " + timeout + "; stderr:\n" + stderrTail());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    /** Waits for the first line that matches, failing after {@code timeout} or when the process ends without it. */
    Map<String, Object> awaitLine(Predicate<Map<String, Object>> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Map<String, Object>> line = lines.stream().filter(wanted).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (!process.isAlive() && !reader.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such line within " + timeout + "; lines: " + lines + "\nstderr:\n" + stderrTail());
    }

    List<Map<String, Object>> lines(String type) {
        return lines.stream().filter(line -> type.equals(line.get("type"))).toList();
    }

    Map<String, Object> only(String type) {
        List<Map<String, Object>> found = lines(type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " line, got " + found + " of " + lines);
        }
        return found.get(0);
    }

    /**
     * SIGTERM, as finetune-service sends it on cancel. Through the ProcessHandle: {@link Process#destroy()} also closes
     * our end of the trainer's stdout, and its CANCELLED line would be lost.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    /** Peak resident memory so far, from /proc (null once the process is gone). */
    Long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    String stderrTail() {
        try {
            String text = Files.readString(stderr);
            return text.substring(Math.max(0, text.length() - 3000));
        } catch (IOException e) {
            return "(stderr unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                try {
                    lines.add(JsonUtil.parseJson(line));
                } catch (JoseException e) {
                    throw new AssertionError("not a protocol line: " + line, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
