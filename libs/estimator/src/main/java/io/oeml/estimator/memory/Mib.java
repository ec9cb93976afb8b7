package io.oeml.estimator.memory;

/** Binary size units used by Ollama's constants and logs. */
final class Mib {

    static final long MIB = 1024L * 1024L;

    private Mib() {
    }

    static long of(long mebibytes) {
        return mebibytes * MIB;
    }
}
