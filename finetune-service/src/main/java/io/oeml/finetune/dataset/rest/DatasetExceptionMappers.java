package io.oeml.finetune.dataset.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.oeml.errors.ErrorEnvelope;
import io.oeml.finetune.dataset.DatasetException;

/** Dataset failures in the error envelope, with the code and status each carries. */
public class DatasetExceptionMappers {

    @ServerExceptionMapper
    public Response dataset(DatasetException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorEnvelope.of(e.code(), e.getMessage())).build();
    }
}
