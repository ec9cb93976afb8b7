package io.oeml.infra.ollama;

import java.time.Duration;

/** Progress of the long steps (build, downloads) on stderr, one line each, so a waiting user sees what runs. */
public final class Progress {

    private Progress() {
    }

    public static void say(String line) {
        System.err.println("[ollama] " + line);
        System.err.flush();
    }

    public static String seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toSeconds() + " s";
    }
}
