package io.oeml.outbox.db;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * Creates the reactive Postgres pool (Quarkus' hook for what its configuration does not expose) with the connect and
 * pool-acquisition waits bounded by {@link DatabaseTimeouts}, and Postgres' {@code statement_timeout} set. The Vert.x
 * client has no query timeout of its own; {@link DatabaseDeadline} bounds the wait for an answer.
 */
@Singleton
public class BoundedPgPoolCreator implements PgPoolCreator {

    private static final long SERVER_GRACE_MS = 1000;

    private final DatabaseTimeouts timeouts;

    public BoundedPgPoolCreator(DatabaseTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions pool = input.poolOptions()
                .setConnectionTimeout((int) timeouts.acquisitionTimeout().toMillis())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        for (PgConnectOptions connection : input.pgConnectOptionsList()) {
            connection.setConnectTimeout((int) timeouts.connectTimeout().toMillis())
                    .addProperty("statement_timeout", Long.toString(timeouts.queryTimeout().toMillis() + SERVER_GRACE_MS));
        }
        // PgPool (deprecated in Vert.x 4.5) because Quarkus 3.33 casts what a creator returns to it.
        return PgPool.pool(input.vertx(), input.pgConnectOptionsList(), pool);
    }
}
