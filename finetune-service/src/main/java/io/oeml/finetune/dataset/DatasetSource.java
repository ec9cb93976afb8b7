package io.oeml.finetune.dataset;

import java.nio.file.Path;

/**
 * A training file that is allowed to be read: inside a data root or in the dataset store.
 *
 * @param path the real path (normalised, links followed)
 * @param declared the {@code data_type} the caller gave, or null to detect it
 * @param datasetId the stored dataset's id when the file came from the store, else null
 */
public record DatasetSource(Path path, DataType declared, String datasetId) {
}
