package io.oeml.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.oeml.events.audit.AuditRecorded;

/** 403s aggregated into access.denied records: one per caller and route a window, with the count. */
class DeniedAccessesTest {

    private static final Instant START = Instant.parse("2026-12-02T18:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final DeniedAccesses denied = new DeniedAccesses(1000, "library-service", now::get);

    /** One 403 of {@code actor} as Quarkus' event tells it. */
    private record Denial(String actor, String method, String path, String requestId) {
        Denial(String actor, String path, String requestId) {
            this(actor, "POST", path, requestId);
        }
    }

    @Test
    void repeatedDenialsWithinAWindowAreOneRecordWithTheCountAndTheFirstRequestId() {
        note(new Denial("nils", "/api/scan", "req-1"));
        now.set(START.plusSeconds(20));
        note(new Denial("nils", "/api/scan", "req-2"));
        now.set(START.plusSeconds(40));
        note(new Denial("nils", "/api/scan", "req-3"));

        assertThat(denied.drain()).containsExactly(new AuditRecorded(START, "nils", List.of("user"),
                AuditRecorded.ACCESS_DENIED, AuditRecorded.ROUTE, "POST /api/scan", AuditRecorded.Outcome.DENIED,
                "req-1", "library-service",
                "3 denied requests from 2026-12-02T18:00:00Z to 2026-12-02T18:00:40Z"));
    }

    @Test
    void theNextWindowGetsARecordOfItsOwn() {
        note(new Denial("nils", "/api/scan", "req-1"));
        note(new Denial("nils", "/api/scan", "req-2"));
        denied.drain();
        now.set(START.plus(Duration.ofMinutes(1)));

        note(new Denial("nils", "/api/scan", "req-3"));

        assertThat(denied.drain()).singleElement().satisfies(record -> {
            assertThat(record.requestId()).isEqualTo("req-3");
            assertThat(record.occurredAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
            assertThat(record.detail()).isEqualTo("1 denied request");
        });
    }

    @Test
    void aWindowWithoutDenialsWritesNothing() {
        note(new Denial("nils", "/api/scan", "req-1"));
        denied.drain();

        assertThat(denied.drain()).isEmpty();
    }

    @Test
    void eachCallerAndRouteIsARecordOfItsOwnInTheOrderFirstDenied() {
        note(new Denial("nils", "/api/scan", "req-1"));
        note(new Denial("nils", "DELETE", "/api/scan", "req-2"));
        note(new Denial("eve", "/api/scan", "req-3"));
        note(new Denial("nils", "/api/scan", "req-4"));

        assertThat(denied.drain()).extracting(AuditRecorded::actor, AuditRecorded::targetId, AuditRecorded::detail)
                .containsExactly(tuple("nils", "POST /api/scan", "2 denied requests from "
                        + START + " to " + START),
                        tuple("nils", "DELETE /api/scan", "1 denied request"),
                        tuple("eve", "POST /api/scan", "1 denied request"));
    }

    @Test
    void pastMaxRoutesACallersFurtherRoutesAreCountedTogether() {
        DeniedAccesses bounded = new DeniedAccesses(2, "gateway", now::get);
        for (int id = 1; id <= 5; id++) {
            bounded.note("nils", List.of("user"), "GET", "/api/keys/" + id, "req-" + id);
        }

        assertThat(bounded.drain()).extracting(AuditRecorded::targetId, AuditRecorded::requestId)
                .containsExactly(tuple("GET /api/keys/1", "req-1"),
                        tuple("GET /api/keys/2", "req-2"),
                        tuple(DeniedAccesses.OTHER_ROUTES, "req-3"));
    }

    private void note(Denial denial) {
        denied.note(denial.actor(), List.of("user"), denial.method(), denial.path(), denial.requestId());
    }
}
