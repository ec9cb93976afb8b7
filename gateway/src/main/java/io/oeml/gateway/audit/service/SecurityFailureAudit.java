package io.oeml.gateway.audit.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.oeml.errors.RequestIds;
import io.oeml.events.audit.AuditRecorded;
import io.oeml.identity.claims.IdentityClaims;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AbstractSecurityEvent;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's refusals as audit records, from Quarkus' security events (one observer for every credential mechanism
 * and every route, proxied or the gateway's own): a credential a mechanism refused (an API key, an OIDC token) is a
 * failed login, counted by {@link FailedLogins}; a 403 of an authenticated caller is an
 * {@link AuditRecorded#ACCESS_DENIED} record, stored on a context of its own after the 403 is answered. A request
 * without any credential is neither (an unauthenticated call, not a login attempt).
 */
@ApplicationScoped
public class SecurityFailureAudit {

    static final String UNKNOWN_ADDRESS = "unknown";
    private static final Logger LOG = Logger.getLogger(SecurityFailureAudit.class);

    private final FailedLogins failedLogins;
    private final AuditLog audit;
    private final Vertx vertx;

    public SecurityFailureAudit(FailedLogins failedLogins, AuditLog audit, Vertx vertx) {
        this.failedLogins = failedLogins;
        this.audit = audit;
        this.vertx = vertx;
    }

    void authenticationFailed(@Observes AuthenticationFailureEvent event) {
        RoutingContext routing = routingOf(event);
        SocketAddress client = routing == null ? null : routing.request().remoteAddress();
        failedLogins.note(client == null ? UNKNOWN_ADDRESS : client.hostAddress());
    }

    void authorizationFailed(@Observes AuthorizationFailureEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        RoutingContext routing = routingOf(event);
        if (identity == null || identity.isAnonymous() || routing == null) {
            return;
        }
        AuditRecorded record = AuditRecorded.accessDenied(identity.getPrincipal().getName(),
                List.copyOf(IdentityClaims.knownRoles(identity.getRoles())), routing.request().method().name(),
                routing.normalizedPath(), RequestIds.of(routing.request()), AuditLog.SERVICE);
        // A context of its own, as VertxContextSupport makes one: the request's is answering the 403.
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Panache.withTransaction(() -> audit.record(record)).subscribe().with(done -> { },
                failure -> LOG.warnf("access.denied of %s not stored: %s", record.actor(), failure)));
    }

    private static RoutingContext routingOf(AbstractSecurityEvent event) {
        return event.getEventProperties().get(RoutingContext.class.getName()) instanceof RoutingContext routing
                ? routing : null;
    }
}
