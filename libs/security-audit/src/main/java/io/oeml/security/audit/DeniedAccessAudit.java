package io.oeml.security.audit;

import java.time.InstantSource;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.oeml.errors.RequestIds;
import io.oeml.events.EventJson;
import io.oeml.events.audit.AuditRecorded;
import io.oeml.events.audit.AuditRecords;
import io.oeml.identity.claims.IdentityClaims;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Every 403 of an authenticated caller, at the gateway and in every service alike: Quarkus'
 * {@link AuthorizationFailureEvent} (a {@code @RolesAllowed} or path policy the caller's roles miss) is counted in
 * {@link DeniedAccesses}, and once a window ({@code oeml.audit.denied-access.window}) each caller and route denied in
 * it becomes one {@code access.denied} record with the count, handed to the application's {@link AuditRecords} (a
 * service's outbox, the gateway's own table). An application without one (no database) writes the records to the
 * {@code audit} logger only. Anonymous refusals are 401s, not denials: the gateway counts failed logins.
 */
@ApplicationScoped
public class DeniedAccessAudit {

    private static final Logger LOG = Logger.getLogger(DeniedAccessAudit.class);
    private static final Logger AUDIT = Logger.getLogger("audit");

    private final Instance<AuditRecords> records;
    private final DeniedAccesses denied;

    public DeniedAccessAudit(Instance<AuditRecords> records, DeniedAccessConfig config,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.records = records;
        this.denied = new DeniedAccesses(config.maxRoutes(), service, InstantSource.system());
    }

    void denied(@Observes AuthorizationFailureEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        Object routing = event.getEventProperties().get(RoutingContext.class.getName());
        if (identity == null || identity.isAnonymous() || !(routing instanceof RoutingContext request)) {
            return;
        }
        denied.note(identity.getPrincipal().getName(), List.copyOf(IdentityClaims.knownRoles(identity.getRoles())),
                request.request().method().name(), request.normalizedPath(), RequestIds.of(request.request()));
    }

    @Scheduled(every = "${oeml.audit.denied-access.window}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> flush() {
        List<AuditRecorded> due = denied.drain();
        if (due.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (!records.isResolvable()) {
            due.forEach(record -> AUDIT.info(EventJson.write(record)));
            return Uni.createFrom().voidItem();
        }
        // One at a time, each in a transaction of its own: a record that fails to be stored costs only itself.
        return Multi.createFrom().iterable(due).onItem().transformToUniAndConcatenate(record -> records.get()
                .record(record).onFailure().recoverWithUni(failure -> {
                    LOG.warnf("access.denied of %s on %s not recorded: %s", record.actor(), record.targetId(), failure);
                    return Uni.createFrom().voidItem();
                })).collect().last().replaceWithVoid();
    }
}
