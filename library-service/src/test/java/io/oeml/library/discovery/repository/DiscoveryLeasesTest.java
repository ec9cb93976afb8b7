package io.oeml.library.discovery.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/** The discovery lease of a host against the real Postgres; "another replica" is a row the test writes. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class DiscoveryLeasesTest {

    private static final String OTHER = "library-service-other/run-1";

    @Inject
    DiscoveryLeases leases;

    @Test
    void aFreeHostIsTakenAndGivenBack() {
        String host = host();

        assertThat(await(() -> leases.take(host))).isEmpty();
        await(() -> leases.release(host));
        assertThat(await(() -> leases.take(host))).isEmpty();
    }

    @Test
    void aHostThisReplicaScansIsRefusedToASecondScan() {
        String host = host();
        await(() -> leases.take(host));

        Optional<DiscoveryLeases.Holder> second = await(() -> leases.take(host));

        assertThat(second).map(DiscoveryLeases.Holder::holder).contains(leases.self());
    }

    @Test
    void aHostAnotherReplicaHoldsIsRefusedNamingThatReplica() {
        String host = host();
        leaseHeldByAnotherReplica(host, "now() + interval '5 minutes'");

        assertThat(await(() -> leases.take(host))).map(DiscoveryLeases.Holder::holder).contains(OTHER);
    }

    @Test
    void anExpiredLeaseOfAnotherReplicaIsTakenOver() {
        String host = host();
        leaseHeldByAnotherReplica(host, "now() - interval '1 second'");

        assertThat(await(() -> leases.take(host))).isEmpty();
    }

    @Test
    void releasingLeavesAnotherReplicasLeaseAlone() {
        String host = host();
        leaseHeldByAnotherReplica(host, "now() + interval '5 minutes'");

        await(() -> leases.release(host));

        assertThat(await(() -> leases.take(host))).map(DiscoveryLeases.Holder::holder).contains(OTHER);
    }

    private static String host() {
        return "lease-" + UUID.randomUUID();
    }

    private static void leaseHeldByAnotherReplica(String host, String expiresAt) {
        await(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("INSERT INTO discovery_lease (host_id, holder, started_at, expires_at)"
                        + " VALUES (:host, :holder, now(), " + expiresAt + ")")
                .setParameter("host", host)
                .setParameter("holder", OTHER)
                .executeUpdate())));
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
