package io.oeml.gateway.audit.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.events.audit.AuditRecorded;
import io.oeml.gateway.audit.AuditConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Failed authentications (a refused API key or OIDC token, from {@link SecurityFailureAudit}), audited in bounded
 * volume: counted in memory per client address and written once a minute as one {@code auth.failed} record per
 * address with the count (so a guessing client costs one row a minute, not one a request). At most {@value #MAX_ADDRESSES} addresses a minute are told apart; the rest are counted as
 * {@value #OTHER}. Never the presented credential.
 */
@ApplicationScoped
public class FailedLogins {

    static final int MAX_ADDRESSES = 1000;
    static final String OTHER = "other";

    private final AuditLog audit;
    private final AuditConfig config;
    private volatile Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public FailedLogins(AuditLog audit, AuditConfig config) {
        this.audit = audit;
        this.config = config;
    }

    public void note(String address) {
        Map<String, LongAdder> current = counts;
        String key = current.size() < MAX_ADDRESSES || current.containsKey(address) ? address : OTHER;
        current.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    @Scheduled(every = "${gateway.audit.failed-login-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> flush() {
        Map<String, LongAdder> due = counts;
        if (due.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        counts = new ConcurrentHashMap<>();
        Instant now = Instant.now();
        return Panache.withTransaction(() -> Multi.createFrom().iterable(due.entrySet())
                .onItem().transformToUniAndConcatenate(entry -> audit.record(new AuditRecorded(now, "anonymous",
                        List.of(), "auth.failed", "client_address", entry.getKey(), AuditRecorded.Outcome.DENIED, null, AuditLog.SERVICE,
                        entry.getValue().sum() + " failed authentications within " + config.failedLoginInterval())))
                .collect().last().replaceWithVoid());
    }
}
