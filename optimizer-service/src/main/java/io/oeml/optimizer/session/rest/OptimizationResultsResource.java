package io.oeml.optimizer.session.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.errors.InvalidParameterException;
import io.oeml.identity.Caller;
import io.oeml.identity.Owner;
import io.oeml.optimizer.results.DerivedModel;
import io.oeml.optimizer.results.SessionResults;
import io.oeml.optimizer.session.service.SessionAnalyses;
import io.smallrye.mutiny.Uni;

/** A session's results as data a plot can use, and its best parameters applied as a derived Ollama model. */
@Path("/api/ai/ollama/optimization")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Optimization")
public class OptimizationResultsResource {

    private final SessionAnalyses analyses;
    private final Caller caller;

    public OptimizationResultsResource(SessionAnalyses analyses, Caller caller) {
        this.analyses = analyses;
        this.caller = caller;
    }

    @GET
    @Path("/results/{session_id}")
    @Operation(summary = "Convergence history, parameter sensitivity (method named), quality/latency/memory trade-off"
            + " and, for several objectives, the Pareto front with its hypervolume")
    public Uni<ResultsAnswer> results(@PathParam("session_id") String sessionId) {
        return analyses.results(Owner.of(caller), sessionId).map(r -> new ResultsAnswer(true, sessionId, r));
    }

    @POST
    @Path("/apply/{session_id}")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(summary = "Create model_name on the best trial's host from the session's model and best parameters")
    public Uni<AppliedAnswer> apply(@PathParam("session_id") String sessionId, @FormParam("model_name") String modelName) {
        if (modelName == null || modelName.isBlank()) {
            throw new InvalidParameterException("model_name", "is required: the name of the model to create");
        }
        return analyses.apply(Owner.of(caller), sessionId, modelName.trim())
                .map(model -> new AppliedAnswer(true, sessionId, model, "created " + model.model() + " on "
                        + model.hostId()));
    }

    public record ResultsAnswer(boolean success, String sessionId, SessionResults results) {
    }

    public record AppliedAnswer(boolean success, String sessionId, DerivedModel derivedModel, String message) {
    }
}
