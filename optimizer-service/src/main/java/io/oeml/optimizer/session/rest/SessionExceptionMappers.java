package io.oeml.optimizer.session.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.oeml.errors.ErrorCodes;
import io.oeml.errors.ErrorEnvelope;
import io.oeml.evaluation.suite.InvalidSuiteException;
import io.oeml.ollama.client.error.ModelNotFoundException;
import io.oeml.optimizer.host.NoHostHasModelException;
import io.oeml.optimizer.results.DerivedModelExistsException;
import io.oeml.optimizer.results.InvalidModelNameException;
import io.oeml.optimizer.session.service.SessionException;
import io.oeml.optimizer.space.InvalidCustomSpaceException;

/** The session service's failures in the error envelope, each kind with its status, mapped once here. */
public class SessionExceptionMappers {

    public static final String INVALID_SPACE = "INVALID_SPACE";
    public static final String INVALID_SUITE = "INVALID_SUITE";
    public static final String MODEL_NOT_FOUND = "MODEL_NOT_FOUND";

    @ServerExceptionMapper
    public Response session(SessionException e) {
        return switch (e.problem()) {
            case INVALID_FIELD -> envelope(400, ErrorCodes.INVALID_PARAMETER, e);
            case SESSION_NOT_FOUND, TRIAL_NOT_FOUND -> envelope(404, e.problem().name(), e);
            case SESSION_STATE, NOT_EXTERNAL, EXTERNAL_SESSION, TRIAL_ALREADY_TOLD, TRIAL_ABANDONED, NO_RESULT_YET ->
                    envelope(409, e.problem().name(), e);
            case WRONG_VALUE_COUNT -> envelope(422, e.problem().name(), e);
            case SESSION_LIMIT -> envelope(429, e.problem().name(), e);
        };
    }

    /** Every problem of the space in one answer, each naming its field. */
    @ServerExceptionMapper
    public Response space(InvalidCustomSpaceException e) {
        return envelope(422, INVALID_SPACE, "parameter 'space': " + e.getMessage());
    }

    /** Every problem of the uploaded suite, with its line number. */
    @ServerExceptionMapper
    public Response suite(InvalidSuiteException e) {
        return envelope(422, INVALID_SUITE, "parameter 'suite': " + e.getMessage());
    }

    @ServerExceptionMapper
    public Response noHost(NoHostHasModelException e) {
        return envelope(404, MODEL_NOT_FOUND, e);
    }

    /** A derived model's name Ollama would refuse, named by its field. */
    @ServerExceptionMapper
    public Response modelName(InvalidModelNameException e) {
        return envelope(400, ErrorCodes.INVALID_PARAMETER, e);
    }

    /** Applying never overwrites a model the host has. */
    @ServerExceptionMapper
    public Response modelExists(DerivedModelExistsException e) {
        return envelope(409, "MODEL_EXISTS", e);
    }

    /** The host no longer has the session's model. */
    @ServerExceptionMapper
    public Response modelGone(ModelNotFoundException e) {
        return envelope(404, MODEL_NOT_FOUND, e);
    }

    private static Response envelope(int status, String code, RuntimeException e) {
        return envelope(status, code, e.getMessage());
    }

    private static Response envelope(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorEnvelope.of(code, message))
                .build();
    }
}
