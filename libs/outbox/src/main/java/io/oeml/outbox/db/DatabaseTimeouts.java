package io.oeml.outbox.db;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a service waits on Postgres before it gives up (and answers 503, or reports itself not ready). A server
 * that hangs (frozen, overloaded, a network path that drops packets) keeps its sockets open, so without these bounds
 * every request and readiness probe would wait for the client's own timeout. Environment variables
 * {@code DB_CONNECT_TIMEOUT}, {@code DB_ACQUISITION_TIMEOUT} and {@code DB_QUERY_TIMEOUT} set them.
 */
@ConfigMapping(prefix = "db")
public interface DatabaseTimeouts {

    /** Opening the TCP connection to Postgres. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Waiting for a connection from the pool (all in use, or a new one still connecting). */
    @WithDefault("2s")
    Duration acquisitionTimeout();

    /**
     * Waiting for the answer to one read or readiness check ({@link DatabaseDeadline}). Postgres cancels a statement
     * still running a second later ({@code statement_timeout}), so an abandoned query does not go on holding locks.
     */
    @WithDefault("3s")
    Duration queryTimeout();
}
