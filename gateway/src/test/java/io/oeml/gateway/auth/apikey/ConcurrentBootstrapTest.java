package io.oeml.gateway.auth.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.gateway.GatewayTestResource;
import io.oeml.gateway.auth.apikey.repository.ApiKeyRepository;
import io.oeml.gateway.auth.apikey.service.ApiKeyService;
import io.oeml.gateway.auth.apikey.service.IssuedApiKey;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Two gateways starting at once against one Postgres: both bootstraps run, and they take turns on the advisory lock
 * (the test holds it until both wait for it), so exactly one admin key is made.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class ConcurrentBootstrapTest {

    private static final String KEY = "hashtext('oeml.gateway.bootstrap-admin-key')";

    @Inject
    ApiKeyService keys;

    @Inject
    ApiKeyRepository repository;

    @Inject
    Pool pool;

    @Test
    void twoConcurrentBootstrapsCreateExactlyOneAdminKey() throws Throwable {
        revokeEveryKey();
        SqlConnection holder = pool.getConnectionAndAwait();
        holder.query("SELECT pg_advisory_lock(" + KEY + ")").executeAndAwait();

        ExecutorService gateways = Executors.newFixedThreadPool(2);
        List<CompletableFuture<Optional<IssuedApiKey>>> bootstraps = Stream.generate(() -> CompletableFuture.supplyAsync(
                ConcurrentBootstrapTest.this::bootstrap, gateways)).limit(2).toList();
        Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> waitingForTheLock(holder) == 2);
        holder.query("SELECT pg_advisory_unlock(" + KEY + ")").executeAndAwait();
        holder.closeAndAwait();

        long created = bootstraps.stream().map(CompletableFuture::join).filter(Optional::isPresent).count();
        gateways.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> repository.countValidAdminKeys(Instant.now()))).isEqualTo(1);
    }

    private Optional<IssuedApiKey> bootstrap() {
        try {
            return VertxContextSupport.subscribeAndAwait(keys::bootstrapAdmin);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static long waitingForTheLock(SqlConnection holder) {
        return holder.query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").executeAndAwait()
                .iterator().next().getLong(0);
    }

    private void revokeEveryKey() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> repository.update("revokedAt = ?1 where revokedAt is null", Instant.now())));
    }
}
