package io.oeml.optimizer.session.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

import io.oeml.errors.InvalidParameterException;
import io.oeml.identity.Caller;
import io.oeml.identity.Owner;
import io.oeml.optimizer.host.TrialHost;
import io.oeml.optimizer.results.SkippedParameter;
import io.oeml.optimizer.session.SessionStatus;
import io.oeml.optimizer.session.messaging.SessionEventStream;
import io.oeml.optimizer.session.service.AskTell;
import io.oeml.optimizer.session.service.SessionViews.AskedTrial;
import io.oeml.optimizer.session.service.SessionViews.SessionView;
import io.oeml.optimizer.session.service.SessionViews.SpaceView;
import io.oeml.optimizer.session.service.SessionViews.TrialView;
import io.oeml.optimizer.session.service.Sessions;
import io.oeml.optimizer.session.service.TellRequest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/optimization")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Optimization", description = "Sessions that search Ollama options for a model, or any space (ask and tell)")
public class OptimizationResource {

    private final Sessions sessions;
    private final AskTell askTell;
    private final SessionEventStream stream;
    private final Caller caller;

    public OptimizationResource(Sessions sessions, AskTell askTell, SessionEventStream stream, Caller caller) {
        this.sessions = sessions;
        this.askTell = askTell;
        this.stream = stream;
        this.caller = caller;
    }

    @POST
    @Path("/create")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(summary = "Create a session: on the Ollama hosts that have the model, or external (ask and tell)")
    public Uni<Created> create(@BeanParam CreateForm form) {
        return sessions.create(owner(), form.toRequest()).map(created -> {
            SessionView s = created.session();
            return new Created(true, s.sessionId(), s.modelName(), s.objective(), s.strategy(),
                    "Optimization session created successfully", s.modelType(), s.objectives(), s.external(), s.status(),
                    s.maxIterations(), s.seed(), s.parallelism(), s.hosts(), created.space());
        });
    }

    @POST
    @Path("/start/{session_id}")
    @Operation(summary = "Start a created session")
    public Uni<Status> start(@PathParam("session_id") String sessionId) {
        return sessions.start(owner(), sessionId).map(s -> new Status(true, s, "Optimization started"));
    }

    @POST
    @Path("/cancel/{session_id}")
    @Operation(summary = "Cancel a created or running session")
    public Uni<Status> cancel(@PathParam("session_id") String sessionId) {
        return sessions.cancel(owner(), sessionId).map(s -> new Status(true, s, "Optimization cancelled"));
    }

    @GET
    @Path("/status/{session_id}")
    @Operation(summary = "A session's status, progress and best result so far")
    public Uni<Status> status(@PathParam("session_id") String sessionId) {
        return sessions.status(owner(), sessionId).map(s -> new Status(true, s, null));
    }

    @GET
    @Path("/sessions")
    @Operation(summary = "The caller's sessions, newest first, optionally of one status")
    public Uni<SessionList> list(@QueryParam("status") String status) {
        return sessions.list(owner(), status).map(list -> new SessionList(true, list, list.size()));
    }

    @GET
    @Path("/best-parameters/{session_id}")
    @Operation(summary = "The best feasible trial's parameters, also as a Modelfile PARAMETER block")
    public Uni<BestParametersAnswer> bestParameters(@PathParam("session_id") String sessionId) {
        return sessions.bestParameters(owner(), sessionId).map(best -> new BestParametersAnswer(true, best.sessionId(),
                best.bestParameters(), best.overallScore(), best.trialNumber(), best.modelfile(), best.skipped(),
                best.ollamaSeed()));
    }

    @GET
    @Path("/trials/{session_id}")
    @Operation(summary = "Every trial of a session, by number")
    public Uni<Trials> trials(@PathParam("session_id") String sessionId) {
        return sessions.trials(owner(), sessionId).map(list -> new Trials(true, sessionId, list, list.size()));
    }

    @POST
    @Path("/ask/{session_id}")
    @Operation(summary = "External sessions: the next trial(s) to run (count, default 1)")
    public Uni<AskAnswer> ask(@PathParam("session_id") String sessionId, @QueryParam("count") String count) {
        return askTell.ask(owner(), sessionId, count(count)).map(asked -> new AskAnswer(true, sessionId, asked.trials(),
                asked.status(), asked.currentIteration()));
    }

    @POST
    @Path("/tell/{session_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "External sessions: the measured value(s) of an asked trial")
    public Uni<TellAnswer> tell(@PathParam("session_id") String sessionId, TellRequest tell) {
        if (tell == null) {
            throw new InvalidParameterException("body", "must be a JSON object {trial_number, value | values, feasible}");
        }
        return askTell.tell(owner(), sessionId, tell).map(told -> new TellAnswer(true, sessionId, told.trialNumber(),
                told.status(), told.currentIteration()));
    }

    @GET
    @Path("/events/{session_id}")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The session's events as Server-Sent Events (named by CloudEvents type), from now to its end")
    public RestMulti<OutboundSseEvent> events(@PathParam("session_id") String sessionId, @Context Sse sse) {
        // the session is checked before the answer starts, so another owner's or an unknown one is a 404 envelope
        return RestMulti.fromUniResponse(sessions.status(owner(), sessionId), session -> session.status().active()
                ? stream.of(sessionId).map(event -> sse.newEventBuilder().name(event.type()).data(event.data())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).build())
                : Multi.createFrom().empty());
    }

    private Owner owner() {
        return Owner.of(caller);
    }

    private static int count(String count) {
        if (count == null || count.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(count.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("count", "must be an integer, not '" + count.trim() + "'");
        }
    }

    /** The SPEC's create answer, and what the session searches. */
    public record Created(boolean success, String sessionId, String modelName, String objective, String strategy,
            String message, String modelType, List<String> objectives, boolean external, SessionStatus status,
            int maxIterations, long seed, int parallelism, List<TrialHost> hosts, SpaceView space) {
    }

    public record Status(boolean success, SessionView session, String message) {
    }

    public record SessionList(boolean success, List<SessionView> sessions, int total) {
    }

    public record BestParametersAnswer(boolean success, String sessionId, Map<String, Object> bestParameters,
            double overallScore, int trialNumber, String modelfile, List<SkippedParameter> modelfileSkipped,
            Long ollamaSeed) {
    }

    public record Trials(boolean success, String sessionId, List<TrialView> trials, int total) {
    }

    public record AskAnswer(boolean success, String sessionId, List<AskedTrial> trials, SessionStatus status,
            int currentIteration) {
    }

    public record TellAnswer(boolean success, String sessionId, int trialNumber, SessionStatus status,
            int currentIteration) {
    }
}
