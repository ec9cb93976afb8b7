package io.oeml.identity;

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
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Every 403 of a service, audited once for all of them: Quarkus' {@link AuthorizationFailureEvent} of a verified caller
 * (a {@code @RolesAllowed} the caller's roles miss) becomes an {@link AuditRecorded#ACCESS_DENIED} record with the
 * route and the request id, published through the service's {@link AuditRecords} (libs/outbox) on a context of its
 * own, after the 403 is answered. A service without one (no database) writes it to the {@code audit} logger only.
 * Refusals of callers without a valid token are 401s, not denials: the gateway counts failed logins.
 */
@ApplicationScoped
public class DeniedAccessAudit {

    private static final Logger LOG = Logger.getLogger(DeniedAccessAudit.class);
    private static final Logger AUDIT = Logger.getLogger("audit");

    private final Instance<AuditRecords> records;
    private final Vertx vertx;
    private final String service;

    public DeniedAccessAudit(Instance<AuditRecords> records, Vertx vertx,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.records = records;
        this.vertx = vertx;
        this.service = service;
    }

    void denied(@Observes AuthorizationFailureEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()
                || !(event.getEventProperties().get(RoutingContext.class.getName()) instanceof RoutingContext routing)) {
            return;
        }
        AuditRecorded record = AuditRecorded.accessDenied(identity.getPrincipal().getName(),
                List.copyOf(IdentityClaims.knownRoles(identity.getRoles())), routing.request().method().name(),
                routing.normalizedPath(), RequestIds.of(routing.request()), service);
        if (!records.isResolvable()) {
            AUDIT.info(EventJson.write(record));
            return;
        }
        // A context of its own, as VertxContextSupport makes one: the request's is answering the 403.
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> records.get().record(record).subscribe().with(done -> { },
                failure -> LOG.warnf("access.denied of %s not recorded: %s", record.actor(), failure)));
    }
}
