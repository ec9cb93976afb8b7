package io.oeml.finetune.dataset.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.errors.InvalidParameterException;
import io.oeml.finetune.backend.BackendName;
import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.BaseModelLookup;
import io.oeml.finetune.backend.BaseModelNotFoundException;
import io.oeml.finetune.backend.TrainingBackends;
import io.oeml.finetune.dataset.DataType;
import io.oeml.finetune.dataset.DatasetException;
import io.oeml.finetune.dataset.DatasetLocator;
import io.oeml.finetune.dataset.DatasetPreparation;
import io.oeml.finetune.dataset.DatasetSource;
import io.oeml.finetune.dataset.DatasetsConfig;
import io.oeml.finetune.dataset.StoredDataset;
import io.oeml.finetune.dataset.TokenCounter;
import io.oeml.finetune.dataset.ValidationReport;
import io.oeml.finetune.dataset.ValidationTarget;
import io.oeml.finetune.dataset.repository.DatasetRepository;
import io.oeml.finetune.host.FinetuneHostsConfig;
import io.oeml.identity.Owner;
import io.oeml.outbox.db.DatabaseDeadline;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Stored datasets: upload (hashed, kept once per owner and content), list, show, delete, and validation of a stored
 * dataset or a file in the data roots. File work runs on worker threads; rows are written in transactions, each
 * database call bounded by {@link DatabaseDeadline}.
 */
@ApplicationScoped
public class DatasetStore {

    public static final String BASE_MODEL_NOT_FOUND = "BASE_MODEL_NOT_FOUND";
    private static final int MAX_NAME = 200;

    private final DatasetRepository datasets;
    private final BlobFiles blobs;
    private final DatasetLocator locator;
    private final DatasetPreparation preparation;
    private final BaseModelLookup baseModels;
    private final TrainingBackends backends;
    private final DatasetsConfig config;
    private final FinetuneHostsConfig hosts;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final DatabaseDeadline deadline;

    public DatasetStore(DatasetRepository datasets, BlobFiles blobs, DatasetLocator locator,
            DatasetPreparation preparation, BaseModelLookup baseModels, TrainingBackends backends,
            DatasetsConfig config, FinetuneHostsConfig hosts, ObjectMapper json, Vertx vertx, DatabaseDeadline deadline) {
        this.datasets = datasets;
        this.blobs = blobs;
        this.locator = locator;
        this.preparation = preparation;
        this.baseModels = baseModels;
        this.backends = backends;
        this.config = config;
        this.hosts = hosts;
        this.json = json;
        this.vertx = vertx;
        this.deadline = deadline;
    }

    /** An upload's result: the dataset, and whether these bytes were already stored for the owner. */
    public record Uploaded(DatasetView dataset, boolean existing) {
    }

    /**
     * Stores an uploaded file for the owner and validates it (against the default context: no base model is known
     * yet). The same bytes uploaded again by the same owner give the dataset stored first.
     */
    public Uni<Uploaded> upload(Owner owner, Path uploaded, String fileName, String dataType, String name) {
        DataType declared = dataType(dataType);
        String datasetName = name(name, fileName);
        return blocking(() -> blobs.hash(uploaded)).chain(blob -> insert(owner, blob, declared, datasetName)
                        .call(() -> blocking(() -> blobs.settle(blob))))
                .chain(inserted -> inserted.existing()
                        ? Uni.createFrom().item(new Uploaded(view(inserted.dataset(), true), true))
                        : validateAndSave(inserted.dataset(), null)
                                .map(saved -> new Uploaded(view(saved, true), false)));
    }

    public Uni<List<DatasetView>> list(Owner owner) {
        return deadline.inSession(() -> datasets.list(owner.filter()))
                .map(rows -> rows.stream().map(row -> view(row, false)).toList());
    }

    public Uni<DatasetView> show(Owner owner, String datasetId) {
        return deadline.inSession(() -> owned(owner, datasetId)).map(row -> view(row, true));
    }

    /** Removes the dataset; its file goes with the last dataset naming its bytes. */
    public Uni<Void> delete(Owner owner, String datasetId) {
        return deadline.inTransaction(() -> owned(owner, datasetId).chain(row -> datasets.lockContent(row.sha256)
                .chain(() -> datasets.delete(row))
                .chain(() -> datasets.flush())
                .chain(() -> datasets.countByHash(row.sha256))
                .chain(count -> count > 0 ? Uni.createFrom().voidItem() : blocking(() -> {
                    blobs.delete(row.sha256);
                    return null;
                }))));
    }

    /** The report a job would get for this dataset (a stored one's is saved with it). */
    public Uni<ValidationReport> validate(Owner owner, String trainingDataPath, String datasetId, String dataType,
            String baseModel) {
        boolean byPath = trainingDataPath != null && !trainingDataPath.isBlank();
        boolean byId = datasetId != null && !datasetId.isBlank();
        if (byPath == byId) {
            throw new InvalidParameterException("training_data_path",
                    "or 'dataset_id': give exactly one of them");
        }
        DataType declared = dataType(dataType);
        String path = byId ? StoreDatasetLocator.STORED_PREFIX + datasetId.strip() : trainingDataPath.strip();
        return locator.locate(owner, path, declared).chain(source -> target(baseModel)
                .chain(target -> blocking(() -> preparation.validate(source, target)))
                .call(report -> source.datasetId() == null ? Uni.createFrom().voidItem()
                        : saveReport(source.datasetId(), report)));
    }

    /** Under the content's lock: two uploads of the same bytes at once give one row, the second finds the first's. */
    Uni<Inserted> insert(Owner owner, BlobFiles.Blob blob, DataType declared, String name) {
        return deadline.inTransaction(() -> datasets.lockContent(blob.sha256())
                .chain(() -> datasets.findByOwnerAndHash(owner.owner(), blob.sha256()))
                .chain(existing -> existing != null
                        ? Uni.createFrom().item(new Inserted(existing, true))
                        : datasets.persist(row(owner, blob, declared, name)).map(saved -> new Inserted(saved, false))));
    }

    record Inserted(StoredDataset dataset, boolean existing) {
    }

    private static StoredDataset row(Owner owner, BlobFiles.Blob blob, DataType declared, String name) {
        StoredDataset row = new StoredDataset();
        row.datasetId = UUID.randomUUID().toString();
        row.owner = owner.owner();
        row.name = name;
        row.sha256 = blob.sha256();
        row.bytes = blob.bytes();
        row.dataType = declared == null ? null : declared.wire();
        row.createdAt = Instant.now();
        return row;
    }

    private Uni<StoredDataset> validateAndSave(StoredDataset row, String baseModel) {
        DatasetSource source = new DatasetSource(blobs.pathOf(row.sha256),
                row.dataType == null ? null : DataType.fromWire(row.dataType).orElseThrow(), row.datasetId);
        return target(baseModel).chain(target -> blocking(() -> preparation.validate(source, target)))
                .chain(report -> saveReport(row.datasetId, report));
    }

    Uni<StoredDataset> saveReport(String datasetId, ValidationReport report) {
        return deadline.inTransaction(() -> datasets.findById(datasetId).onItem().ifNotNull().invoke(row -> {
            row.validationReport = write(report);
            row.validatedAt = Instant.now();
        }));
    }

    private Uni<StoredDataset> owned(Owner owner, String datasetId) {
        return datasets.findById(datasetId).map(row -> {
            if (row == null || !owner.sees(row.owner)) {
                throw StoreDatasetLocator.notFound(datasetId);
            }
            return row;
        });
    }

    /**
     * The base model's context when one is named (an unknown one is a 422), counted with the llama_cpp trainer's real
     * tokenizer where that can read the base's weights; else the configured default context and an estimate.
     */
    private Uni<ValidationTarget> target(String baseModel) {
        if (baseModel == null || baseModel.isBlank()) {
            return Uni.createFrom().item(new ValidationTarget(null, config.defaultContextLength(),
                    config.validationSplit(), config.seed(), null));
        }
        return baseModels.find(hosts.localHost(), baseModel.strip())
                .onFailure(BaseModelNotFoundException.class)
                .transform(e -> new DatasetException(BASE_MODEL_NOT_FOUND, 422, e.getMessage()))
                .map(model -> new ValidationTarget(model.name(), model.contextLength(), config.validationSplit(),
                        config.seed(), realTokenizer(model)));
    }

    private TokenCounter realTokenizer(BaseModel model) {
        return backends.of(BackendName.LLAMA_CPP).flatMap(backend -> backend.tokenCounter(model)).orElse(null);
    }

    private DatasetView view(StoredDataset row, boolean withIssues) {
        ValidationReport report = row.validationReport == null ? null : read(row.validationReport);
        if (report != null && !withIssues) {
            report = new ValidationReport(report.sha256(), report.bytes(), report.dataType(), report.detected(),
                    report.lines(), report.examples(), report.trainExamples(), report.validationExamples(),
                    report.errors(), report.warnings(), report.countsByCheck(), null, report.issuesTruncated(),
                    report.tokens());
        }
        return new DatasetView(row.datasetId, row.owner, row.name, row.sha256, row.bytes, row.dataType, row.createdAt,
                StoreDatasetLocator.STORED_PREFIX + row.datasetId, report, row.validatedAt);
    }

    private static DataType dataType(String dataType) {
        if (dataType == null || dataType.isBlank()) {
            return null;
        }
        return DataType.fromWire(dataType.strip()).orElseThrow(() -> new InvalidParameterException("data_type",
                "must be one of jsonl, csv, text, conversation (or left out to detect it)"));
    }

    private static String name(String name, String fileName) {
        String chosen = name != null && !name.isBlank() ? name.strip() : baseName(fileName);
        if (chosen.length() > MAX_NAME || chosen.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("name", "must be at most " + MAX_NAME
                    + " characters without control characters");
        }
        return chosen;
    }

    /** The uploaded file's own name, without any directories a client put before it. */
    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "dataset";
        }
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        return base.isEmpty() ? "dataset" : base;
    }

    private String write(ValidationReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report always serializes", e);
        }
    }

    private ValidationReport read(String stored) {
        try {
            return json.readValue(stored, ValidationReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report always reads back", e);
        }
    }

    private <T> Uni<T> blocking(Supplier<T> work) {
        return vertx.executeBlocking(Uni.createFrom().item(work), false);
    }
}
