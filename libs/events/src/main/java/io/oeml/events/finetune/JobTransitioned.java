package io.oeml.events.finetune;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A fine-tuning job changed status or phase. Published to {@code finetune.job-events} (key = job id) in the same
 * transaction that stores the transition, so consumers see every transition of a job once and in order.
 *
 * @param sequence the job's transition number, 1 for {@code pending}; consumers use it to drop replays
 * @param from the previous status, null for the first transition
 * @param status {@code pending}, {@code validating}, {@code queued}, {@code training}, {@code completed},
 *               {@code failed} or {@code cancelled}
 * @param phase within {@code training}: {@code preparing}, {@code training}, {@code evaluating} or {@code deploying};
 *              null otherwise
 * @param progress 0..1 weighted by phase
 * @param errorCode machine-readable reason of a failure or cancellation (for example {@code VALIDATION_FAILED},
 *                  {@code WORKER_LOST}); null otherwise
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobTransitioned(
        String jobId,
        String owner,
        long sequence,
        String baseModel,
        String targetModelName,
        String backend,
        String from,
        String status,
        String phase,
        double progress,
        String errorCode,
        String message,
        Instant at) {
}
