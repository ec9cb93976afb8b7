package io.oeml.finetune.job.service;

import io.oeml.errors.ErrorCodes;

/**
 * A job request that cannot be served, with the envelope's status and machine-readable code (mapped once, in
 * {@code JobExceptionMappers}). Another owner's job is {@link #notFound}: its existence is not disclosed.
 */
public class JobException extends RuntimeException {

    public static final String JOB_NOT_FOUND = "JOB_NOT_FOUND";
    public static final String JOB_STATE = "JOB_STATE";
    public static final String JOB_LIMIT = "JOB_LIMIT";
    public static final String BASE_MODEL_NOT_FOUND = "BASE_MODEL_NOT_FOUND";
    public static final String BASE_NOT_TRAINABLE = "BASE_NOT_TRAINABLE";

    private final int status;
    private final String code;

    public JobException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static JobException invalid(String field, String problem) {
        return new JobException(400, ErrorCodes.INVALID_PARAMETER, "parameter '" + field + "' " + problem);
    }

    public static JobException notFound(String jobId) {
        return new JobException(404, JOB_NOT_FOUND, "no fine-tuning job " + jobId);
    }

    public static JobException state(String jobId, String status, String action) {
        return new JobException(409, JOB_STATE, "job " + jobId + " is " + status + ": cannot " + action);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
