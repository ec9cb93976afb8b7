package io.oeml.gateway.audit.service;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.oeml.events.audit.AuditRecorded;
import io.oeml.gateway.audit.AuditConfig;
import io.oeml.security.audit.WindowedTally;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Failed logins, from Quarkus' {@link AuthenticationFailureEvent} (one observer for every credential mechanism and
 * every route): a credential a mechanism refused (an API key, an OIDC token), audited in bounded volume: counted per
 * client address and written once per {@code gateway.audit.failed-login-interval} as one {@code auth.failed} record
 * per address with the count (so a guessing client costs one row a minute, not one a request). At most
 * {@value #MAX_ADDRESSES} addresses a window are told apart; the rest are counted as {@value #OTHER}. Never the
 * presented credential. A request without any credential is no login attempt and raises no such event. (403s are
 * libs/security-audit's {@code DeniedAccessAudit}.)
 */
@ApplicationScoped
public class FailedLogins {

    static final int MAX_ADDRESSES = 1000;
    static final String OTHER = "other";
    static final String UNKNOWN_ADDRESS = "unknown";

    private final AuditLog audit;
    private final AuditConfig config;
    private final WindowedTally<String, Void> failures = new WindowedTally<>(MAX_ADDRESSES, address -> OTHER,
            InstantSource.system());

    public FailedLogins(AuditLog audit, AuditConfig config) {
        this.audit = audit;
        this.config = config;
    }

    void authenticationFailed(@Observes AuthenticationFailureEvent event) {
        Object routing = event.getEventProperties().get(RoutingContext.class.getName());
        SocketAddress client = routing instanceof RoutingContext request ? request.request().remoteAddress() : null;
        failures.note(client == null ? UNKNOWN_ADDRESS : client.hostAddress(), null);
    }

    @Scheduled(every = "${gateway.audit.failed-login-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> flush() {
        var due = failures.drain();
        if (due.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Instant.now();
        return Panache.withTransaction(() -> Multi.createFrom().iterable(due.entrySet())
                .onItem().transformToUniAndConcatenate(entry -> audit.record(new AuditRecorded(now, "anonymous",
                        List.of(), "auth.failed", "client_address", entry.getKey(), AuditRecorded.Outcome.DENIED, null,
                        AuditLog.SERVICE, entry.getValue().count() + " failed authentications within "
                                + config.failedLoginInterval())))
                .collect().last().replaceWithVoid());
    }
}
