package io.oeml.outbox.db;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Ready only while Postgres answers {@code SELECT 1} within the query timeout. Replaces Quarkus' datasource checks,
 * which wait up to 20 s for a server that hangs and also probe the JDBC pool that only Flyway uses at startup.
 */
@Readiness
@ApplicationScoped
public class PostgresReadiness implements AsyncHealthCheck {

    private static final String NAME = "Postgres";

    private final Pool pool;
    private final DatabaseDeadline deadline;

    public PostgresReadiness(Pool pool, DatabaseDeadline deadline) {
        this.pool = pool;
        this.deadline = deadline;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return deadline.within(pool.query("SELECT 1").execute())
                .map(rows -> HealthCheckResponse.up(NAME))
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).down()
                        .withData("reason", failure.toString()).build());
    }
}
