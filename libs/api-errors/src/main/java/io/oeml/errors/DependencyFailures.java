package io.oeml.errors;

import java.util.Set;

/**
 * Recognises failures that mean "a dependency (Postgres, Kafka, an Ollama host, a backend) is down or too slow",
 * which callers see as 503 rather than 500. Matches by class name so this module needs none of those clients.
 */
public final class DependencyFailures {

    private static final Set<String> DEPENDENCY_DOWN = Set.of(
            "java.net.ConnectException",
            "java.net.NoRouteToHostException",
            "java.nio.channels.ClosedChannelException",
            "io.netty.channel.AbstractChannel$AnnotatedConnectException",
            "io.netty.channel.ConnectTimeoutException",
            "io.vertx.core.net.ConnectException",
            "io.vertx.core.http.impl.NoStackTraceTimeoutException",
            "io.vertx.sqlclient.ClosedConnectionException",
            "io.vertx.core.VertxException",
            // Vert.x's message-only failure, e.g. "Timeout" when no pooled connection became free in time
            "io.vertx.core.impl.NoStackTraceThrowable",
            "java.util.concurrent.TimeoutException",
            "io.smallrye.mutiny.TimeoutException",
            "org.apache.kafka.common.errors.TimeoutException",
            "org.apache.kafka.common.errors.NetworkException",
            "org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException",
            "org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException",
            "org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException");

    private DependencyFailures() {
    }

    public static boolean isDependencyDown(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (DEPENDENCY_DOWN.contains(t.getClass().getName()) || isPostgresConnectionError(t)) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P (operator intervention, e.g. shutdown). */
    private static boolean isPostgresConnectionError(Throwable t) {
        if (!t.getClass().getName().equals("io.vertx.pgclient.PgException")) {
            return false;
        }
        String message = String.valueOf(t.getMessage());
        return message.contains("(08") || message.contains("(57P");
    }
}
