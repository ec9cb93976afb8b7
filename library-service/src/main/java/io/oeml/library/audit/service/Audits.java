package io.oeml.library.audit.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.oeml.errors.RequestIds;
import io.oeml.events.audit.AuditRecorded;
import io.oeml.identity.Caller;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** Audit records of the current request's caller: who, with which roles, in which request of this service. */
@ApplicationScoped
public class Audits {

    /** An admin asked for a discovery scan of one host (target id) or of every host (no target id). */
    public static final String DISCOVERY_REQUESTED = "host.discovery_requested";
    /** An admin asked a host's agent (target id) for a benchmark of a model (detail). */
    public static final String BENCHMARK_REQUESTED = "benchmark.requested";
    public static final String HOST = "host";

    private final Caller caller;
    private final CurrentVertxRequest request;
    private final String service;

    public Audits(Caller caller, CurrentVertxRequest request, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.caller = caller;
        this.request = request;
        this.service = service;
    }

    /** The caller did {@code action} on {@code targetId} (null: every target of the type). */
    public AuditRecorded succeeded(String action, String targetType, String targetId, String detail) {
        return new AuditRecorded(Instant.now(), caller.owner(), List.copyOf(caller.roles()), action, targetType, targetId,
                AuditRecorded.Outcome.SUCCESS, RequestIds.of(request.getCurrent().request()), service, detail);
    }
}
