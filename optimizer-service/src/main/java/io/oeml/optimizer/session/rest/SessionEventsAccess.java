package io.oeml.optimizer.session.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.oeml.identity.Caller;
import io.oeml.identity.Owner;
import io.oeml.optimizer.session.service.SessionException;
import io.oeml.optimizer.session.service.Sessions;
import io.smallrye.mutiny.Uni;

/**
 * Checks that the caller may see the session of an event stream before the stream's answer starts: once an SSE
 * answer has begun, a failure can no longer become a 404 in the error envelope.
 */
public class SessionEventsAccess {

    private static final String EVENTS = "/api/ai/ollama/optimization/events/";

    private final Sessions sessions;
    private final Caller caller;
    private final SessionExceptionMappers mappers = new SessionExceptionMappers();

    public SessionEventsAccess(Sessions sessions, Caller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @ServerRequestFilter
    public Uni<Response> requireVisibleSession(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith(EVENTS)) {
            return Uni.createFrom().nullItem();
        }
        return sessions.status(new Owner(caller.owner(), caller.isAdmin()), path.substring(EVENTS.length()))
                .replaceWith((Response) null)
                .onFailure(SessionException.class).recoverWithItem(failure -> mappers.session((SessionException) failure));
    }
}
