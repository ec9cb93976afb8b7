package io.oeml.finetune.job.worker;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;

import io.oeml.finetune.trainer.TrainerEvent;
import io.vertx.core.Context;

/**
 * One job's training run while this replica holds its lease. The trainer's events arrive on its reader thread and
 * wait in {@link #events}; everything else is touched only on {@link #context}, one step at a time.
 */
final class ClaimedJob {

    /** Step times the ETA is averaged over. */
    private static final int RECENT_STEPS = 20;

    final String jobId;
    final int attempt;
    /** The Vert.x context the run's transactions use; the trainer completes on other threads. */
    final Context context;
    /** Taken from the head by one flush at a time; a failed flush puts its batch back at the head, in order. */
    final Deque<TrainerEvent> events = new ConcurrentLinkedDeque<>();
    private final Deque<Double> recentStepSeconds = new ArrayDeque<>();
    boolean flushing;
    boolean finished;
    long flushTimer = -1;

    ClaimedJob(String jobId, int attempt, Context context) {
        this.jobId = jobId;
        this.attempt = attempt;
        this.context = context;
    }

    Executor executor() {
        return command -> context.runOnContext(ignored -> command.run());
    }

    /** Seconds left: the steps left times the mean of the recently measured step times. */
    long eta(TrainerEvent.Step step) {
        recentStepSeconds.addLast(step.stepSeconds());
        if (recentStepSeconds.size() > RECENT_STEPS) {
            recentStepSeconds.removeFirst();
        }
        double mean = recentStepSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return Math.round(mean * Math.max(0, step.totalSteps() - step.step()));
    }
}
