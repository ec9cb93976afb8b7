package io.oeml.infra;

/** Who stops a server that local-infra started. */
public enum Lifetime {
    /** The JVM that started it: {@code close()}, a shutdown hook, or an orphan guard once that JVM is gone (tests). */
    THIS_JVM,
    /** Whoever holds its process id: it outlives the JVM that started it (the local run's {@code suite.sh}). */
    DETACHED
}
