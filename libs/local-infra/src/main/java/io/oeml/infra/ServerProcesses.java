package io.oeml.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waiting for and stopping the server processes local-infra starts (Kafka, Ollama), one way for all of them. */
final class ServerProcesses {

    /** One readiness check; a failure is "not yet". */
    @FunctionalInterface
    interface Probe {
        boolean ready() throws Exception;
    }

    private ServerProcesses() {
    }

    /**
     * Probes every {@code pause} until {@code probe} says ready; fails at once if the process exits, and stops it and
     * fails after {@code timeout}. {@code log} is named in the failure.
     */
    static void awaitReady(Process process, String what, Path log, Duration timeout, Duration pause, Probe probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new InfraException(what + " exited during startup; see " + log);
                }
                try {
                    if (probe.ready()) {
                        return;
                    }
                } catch (InfraException e) {
                    stop(process, Duration.ofSeconds(10));
                    throw e;
                } catch (Exception notYet) {
                    // not answering yet
                }
                Thread.sleep(pause.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop(process, Duration.ofSeconds(10));
        throw new InfraException(what + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    /** SIGTERM (a controlled shutdown), then SIGKILL if it has not exited within {@code timeout}. */
    static void stop(Process process, Duration timeout) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
