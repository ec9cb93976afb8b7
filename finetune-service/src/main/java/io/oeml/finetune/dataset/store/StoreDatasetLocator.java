package io.oeml.finetune.dataset.store;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.dataset.DataType;
import io.oeml.finetune.dataset.DatasetException;
import io.oeml.finetune.dataset.DatasetLocator;
import io.oeml.finetune.dataset.DatasetSource;
import io.oeml.finetune.dataset.repository.DatasetRepository;
import io.oeml.identity.Owner;
import io.oeml.outbox.db.DatabaseDeadline;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * {@code dataset:<id>}: a stored dataset the owner sees (another owner's is not found, like one that does not exist);
 * anything else: a path in the data roots ({@link DataRoots}), resolved on a worker thread.
 */
@ApplicationScoped
public class StoreDatasetLocator implements DatasetLocator {

    public static final String STORED_PREFIX = "dataset:";
    public static final String NOT_FOUND = "DATASET_NOT_FOUND";

    private final DatasetRepository datasets;
    private final BlobFiles blobs;
    private final DataRoots roots;
    private final Vertx vertx;
    private final DatabaseDeadline deadline;

    public StoreDatasetLocator(DatasetRepository datasets, BlobFiles blobs, DataRoots roots, Vertx vertx,
            DatabaseDeadline deadline) {
        this.datasets = datasets;
        this.blobs = blobs;
        this.roots = roots;
        this.vertx = vertx;
        this.deadline = deadline;
    }

    @Override
    public Uni<DatasetSource> locate(Owner owner, String trainingDataPath, DataType declared) {
        if (trainingDataPath != null && trainingDataPath.startsWith(STORED_PREFIX)) {
            String id = trainingDataPath.substring(STORED_PREFIX.length()).strip();
            return deadline.inSession(() -> datasets.findById(id)).map(row -> {
                if (row == null || !owner.sees(row.owner)) {
                    throw notFound(id);
                }
                DataType type = declared != null ? declared
                        : row.dataType == null ? null : DataType.fromWire(row.dataType).orElse(null);
                return new DatasetSource(blobs.pathOf(row.sha256), type, row.datasetId);
            });
        }
        return vertx.executeBlocking(Uni.createFrom().item(() -> new DatasetSource(roots.resolve(trainingDataPath),
                declared, null)), false);
    }

    public static DatasetException notFound(String datasetId) {
        String shown = datasetId.length() > 64 ? datasetId.substring(0, 64) + "..." : datasetId;
        return new DatasetException(NOT_FOUND, 404, "no dataset " + shown);
    }
}
