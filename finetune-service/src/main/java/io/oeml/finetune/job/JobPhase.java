package io.oeml.finetune.job;

import java.util.Locale;

/**
 * The phases of {@code training} and their share of a job's progress. A job whose data passed validation is at
 * {@link #VALIDATED} (0.05); each phase starts where the one before ends: preparing 0.05, training 0.75 (growing with
 * the trainer's steps), evaluating 0.10, deploying 0.05, so a completed job is at 1.
 */
public enum JobPhase {
    PREPARING(0.05, 0.05),
    TRAINING(0.10, 0.75),
    EVALUATING(0.85, 0.10),
    DEPLOYING(0.95, 0.05);

    /** The progress of a job whose data passed validation (queued, and the start of training). */
    public static final double VALIDATED = 0.05;

    private final double start;
    private final double share;

    JobPhase(double start, double share) {
        this.start = start;
        this.share = share;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The job's progress at {@code fraction} (0..1) of this phase. */
    public double progress(double fraction) {
        return start + share * Math.max(0, Math.min(1, fraction));
    }
}
