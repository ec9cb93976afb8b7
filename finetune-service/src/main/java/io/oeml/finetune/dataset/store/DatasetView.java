package io.oeml.finetune.dataset.store;

import java.time.Instant;

import io.oeml.finetune.dataset.ValidationReport;

/**
 * A stored dataset as its owner sees it.
 *
 * @param dataType as given at upload; null when it is detected (the report says what was detected)
 * @param validation the last validation's report; in lists only its summary ({@code issues} left out)
 */
public record DatasetView(String datasetId, String owner, String name, String sha256, long bytes, String dataType,
        Instant createdAt, String trainingDataPath, ValidationReport validation, Instant validatedAt) {
}
