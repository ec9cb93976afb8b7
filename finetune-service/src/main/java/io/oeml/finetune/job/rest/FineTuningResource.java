package io.oeml.finetune.job.rest;

import java.util.List;

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

import io.oeml.finetune.job.service.JobProgressStream;
import io.oeml.finetune.job.service.JobView;
import io.oeml.finetune.job.service.Jobs;
import io.oeml.finetune.job.service.MetricView;
import io.oeml.finetune.job.service.TransitionView;
import io.oeml.identity.Caller;
import io.oeml.identity.Owner;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/** The seed's fine-tuning endpoints and what jobs add (cancel, events, metrics, a progress stream). */
@Path(FineTuningResource.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fine-Tuning", description = "Jobs that validate data, train a base model and deploy the result to Ollama")
public class FineTuningResource {

    static final String BASE = "/api/ai/ollama/fine-tuning";

    /** The seed's create answer, plus the job as stored. */
    public record Created(boolean success, String jobId, String status, String message, JobView job) {
    }

    public record JobAnswer(boolean success, JobView job, String message) {
    }

    public record JobList(boolean success, List<JobView> jobs, int total) {
    }

    public record Events(boolean success, String jobId, List<TransitionView> events) {
    }

    /** Step and epoch figures, each oldest first. */
    public record Metrics(boolean success, String jobId, List<MetricView> steps, List<MetricView> epochs) {
    }

    private final Jobs jobs;
    private final JobProgressStream stream;
    private final Caller caller;

    public FineTuningResource(Jobs jobs, JobProgressStream stream, Caller caller) {
        this.jobs = jobs;
        this.stream = stream;
        this.caller = caller;
    }

    @POST
    @Path("/create")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(summary = "Create a pending job: the data located, the base model found and trainable by the backend")
    public Uni<Created> create(@BeanParam CreateForm form) {
        return jobs.create(owner(), form.toRequest()).map(job -> new Created(true, job.jobId(), job.status(),
                "Fine-tuning job created successfully", job));
    }

    @POST
    @Path("/start/{job_id}")
    @Operation(summary = "Start a pending job: validating, then queued, then training")
    public Uni<JobAnswer> start(@PathParam("job_id") String jobId) {
        return jobs.start(owner(), jobId).map(job -> new JobAnswer(true, job, "Fine-tuning job started"));
    }

    @POST
    @Path("/cancel/{job_id}")
    @Operation(summary = "Cancel a job: a waiting one at once, a training one by stopping its trainer")
    public Uni<JobAnswer> cancel(@PathParam("job_id") String jobId) {
        return jobs.cancel(owner(), jobId).map(job -> new JobAnswer(true, job, job.cancelRequested()
                ? "Cancelling: the trainer is being stopped" : "Fine-tuning job cancelled"));
    }

    @GET
    @Path("/status/{job_id}")
    @Operation(summary = "A job's status, phase, progress, logs, settings, latest metrics and result")
    public Uni<JobAnswer> status(@PathParam("job_id") String jobId) {
        return jobs.status(owner(), jobId).map(job -> new JobAnswer(true, job, null));
    }

    @GET
    @Path("/jobs")
    @Operation(summary = "The caller's jobs, newest first, optionally of one status")
    public Uni<JobList> list(@QueryParam("status") String status) {
        return jobs.list(owner(), status).map(list -> new JobList(true, list, list.size()));
    }

    @GET
    @Path("/jobs/{job_id}/events")
    @Operation(summary = "Every transition of a job, in order")
    public Uni<Events> events(@PathParam("job_id") String jobId) {
        return jobs.events(owner(), jobId).map(list -> new Events(true, jobId, list));
    }

    @GET
    @Path("/jobs/{job_id}/metrics")
    @Operation(summary = "A job's per-step and per-epoch figures")
    public Uni<Metrics> metrics(@PathParam("job_id") String jobId) {
        return jobs.metrics(owner(), jobId).map(list -> new Metrics(true, jobId,
                list.stream().filter(m -> "step".equals(m.kind())).toList(),
                list.stream().filter(m -> "epoch".equals(m.kind())).toList()));
    }

    @GET
    @Path("/jobs/{job_id}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "A job's progress as Server-Sent Events (named progress), until it is finished")
    public RestMulti<OutboundSseEvent> stream(@PathParam("job_id") String jobId, @Context Sse sse) {
        Owner owner = owner();
        io.vertx.core.Context context = Vertx.currentContext();
        // the job is checked before the answer starts (JobStreamAccess), so another owner's is a 404 envelope
        return RestMulti.fromUniResponse(jobs.progress(owner, jobId), first -> stream.of(owner, jobId, context)
                .map(progress -> sse.newEventBuilder().name("progress").data(progress)
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).build()));
    }

    private Owner owner() {
        return Owner.of(caller);
    }
}
