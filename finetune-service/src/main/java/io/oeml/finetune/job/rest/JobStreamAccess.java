package io.oeml.finetune.job.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.oeml.finetune.job.service.JobException;
import io.oeml.finetune.job.service.Jobs;
import io.oeml.identity.Caller;
import io.oeml.identity.Owner;
import io.smallrye.mutiny.Uni;

/**
 * Checks that the caller may see the job of a progress stream before the stream's answer starts: once an SSE answer
 * has begun, a failure can no longer become a 404 in the error envelope.
 */
public class JobStreamAccess {

    private static final String JOBS = FineTuningResource.BASE + "/jobs/";
    private static final String STREAM = "/stream";

    private final Jobs jobs;
    private final Caller caller;
    private final JobExceptionMappers mappers = new JobExceptionMappers();

    public JobStreamAccess(Jobs jobs, Caller caller) {
        this.jobs = jobs;
        this.caller = caller;
    }

    @ServerRequestFilter
    public Uni<Response> requireVisibleJob(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith(JOBS) || !path.endsWith(STREAM)) {
            return Uni.createFrom().nullItem();
        }
        String jobId = path.substring(JOBS.length(), path.length() - STREAM.length());
        return jobs.progress(Owner.of(caller), jobId).replaceWith((Response) null)
                .onFailure(JobException.class).recoverWithItem(failure -> mappers.job((JobException) failure));
    }
}
