package io.oeml.library.estimate.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.oeml.errors.ErrorCodes;
import io.oeml.errors.ErrorEnvelope;
import io.oeml.estimator.InvalidModelFactException;
import io.oeml.estimator.MissingArchitectureFactsException;
import io.oeml.estimator.UnsupportedQuantizationException;

/**
 * The estimator's domain exceptions in the error envelope, for every endpoint that estimates: a quantization or fact
 * the caller must change is a 400 naming it; facts that are missing are a 422 naming each of them.
 */
public class EstimateExceptionMappers {

    /** A model whose facts do not allow an estimate: the caller can add the facts the message names. */
    public static final String MISSING_ARCHITECTURE_FACTS = "MISSING_ARCHITECTURE_FACTS";

    @ServerExceptionMapper
    public Response unsupportedQuantization(UnsupportedQuantizationException e) {
        return envelope(400, ErrorCodes.INVALID_PARAMETER, "parameter 'quantization': " + e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidFact(InvalidModelFactException e) {
        return envelope(400, ErrorCodes.INVALID_PARAMETER, e.getMessage());
    }

    @ServerExceptionMapper
    public Response missingFacts(MissingArchitectureFactsException e) {
        return envelope(422, MISSING_ARCHITECTURE_FACTS, e.getMessage());
    }

    private static Response envelope(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorEnvelope.of(code, message)).build();
    }
}
