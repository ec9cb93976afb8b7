package io.oeml.finetune.dataset;

import java.nio.file.Path;

/**
 * Validates a dataset in one streaming pass and, when it has no errors, writes the train and validation splits as
 * chat JSONL under {@code workDir}. Blocking (reads the whole file): call it off the event loop.
 */
public interface DatasetPreparation {

    /** @throws DatasetRejectedException with the full report when any check found an error */
    PreparedDataset prepare(DatasetSource source, ValidationTarget target, Path workDir);

    /** Validation alone, nothing written: the report a job would get. */
    ValidationReport validate(DatasetSource source, ValidationTarget target);
}
