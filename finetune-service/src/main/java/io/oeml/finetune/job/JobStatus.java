package io.oeml.finetune.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A job's lifecycle: {@code pending → validating → queued → training → completed | failed | cancelled}. */
public enum JobStatus {
    PENDING, VALIDATING, QUEUED, TRAINING, COMPLETED, FAILED, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    public static JobStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }

    public static Optional<JobStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(status -> status.wire().equals(value)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(JobStatus::wire).collect(Collectors.joining(", "));
    }
}
