package io.oeml.finetune.job.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.oeml.errors.ErrorEnvelope;
import io.oeml.finetune.job.service.JobException;

/** The job service's failures in the error envelope, with the status and code each carries. */
public class JobExceptionMappers {

    @ServerExceptionMapper
    public Response job(JobException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorEnvelope.of(e.code(), e.getMessage())).build();
    }
}
