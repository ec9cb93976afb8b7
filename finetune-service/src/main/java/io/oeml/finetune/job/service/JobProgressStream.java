package io.oeml.finetune.job.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.identity.Owner;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Context;

/**
 * A job's progress as a stream: its stored state read every {@code poll}, sent when it changed, ending with the
 * finished state. Read from the database, so any replica serves any job's stream and a client that connects late
 * still gets the current state first.
 */
@ApplicationScoped
public class JobProgressStream {

    private static final Duration POLL = Duration.ofSeconds(1);
    /** The first read at once (ticks need a delay above zero). */
    private static final Duration FIRST = Duration.ofMillis(1);
    private static final JobProgress END = new JobProgress(null, null, null, 0, null, 0, null, null, null);

    private final Jobs jobs;

    public JobProgressStream(Jobs jobs) {
        this.jobs = jobs;
    }

    /** @param context the request's Vert.x context, which the reads need */
    public Multi<JobProgress> of(Owner owner, String jobId, Context context) {
        return Multi.createFrom().ticks().startingAfter(FIRST).every(POLL)
                .onOverflow().drop()
                .emitOn(command -> context.runOnContext(ignored -> command.run()))
                .onItem().transformToUniAndConcatenate(tick -> jobs.progress(owner, jobId))
                .skip().repetitions()
                .onItem().transformToMultiAndConcatenate(progress -> progress.finished()
                        ? Multi.createFrom().items(progress, END) : Multi.createFrom().item(progress))
                .select().first(progress -> progress != END);
    }
}
