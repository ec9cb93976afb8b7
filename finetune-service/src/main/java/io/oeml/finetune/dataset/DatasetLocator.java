package io.oeml.finetune.dataset;

import io.oeml.identity.Owner;
import io.smallrye.mutiny.Uni;

/**
 * Turns a job's {@code training_data_path} into a file it may read: a path that resolves (normalised, links followed)
 * inside a configured data root, or a stored dataset of the owner's ({@code dataset:<id>}). Anything else fails with
 * {@link DatasetException} before a job is written.
 */
public interface DatasetLocator {

    Uni<DatasetSource> locate(Owner owner, String trainingDataPath, DataType declared);
}
