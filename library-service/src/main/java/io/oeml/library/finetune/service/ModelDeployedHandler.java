package io.oeml.library.finetune.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.events.EventJson;
import io.oeml.events.finetune.ModelDeployed;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.catalog.service.CatalogService;
import io.oeml.library.finetune.FineTunedModel;
import io.oeml.library.finetune.repository.FineTunedModelRepository;
import io.smallrye.mutiny.Uni;

/**
 * Applies an {@code io.oeml.finetune.model.deployed} event, in the {@code IdempotentConsumer}'s transaction that records
 * its id: the model is stored with its lineage, and, when the catalog knows its base but not the model itself, added
 * to the catalog with the base's facts labelled inherited ({@link InheritedFacts}). The catalog change is announced in
 * the same transaction, and every replica (this one too) reloads its index on it. A base the catalog does not know is
 * stored as the event names it: the lineage says so, and the model enters the catalog when discovery finds it on a
 * host. A model already stored (another event id for it) is left as it is.
 */
@ApplicationScoped
public class ModelDeployedHandler {

    private static final Logger LOG = Logger.getLogger(ModelDeployedHandler.class);

    private final FineTunedModelRepository models;
    private final CatalogIndex index;
    private final CatalogService catalog;

    public ModelDeployedHandler(FineTunedModelRepository models, CatalogIndex index, CatalogService catalog) {
        this.models = models;
        this.index = index;
        this.catalog = catalog;
    }

    /** @throws InvalidDeploymentEventException (as the Uni's failure) for an event that contradicts itself */
    public Uni<Void> apply(String eventId, String type, String data) {
        ModelDeployed deployed = EventJson.read(data, ModelDeployed.class);
        String expected = deployed.targetModelName() + ":v" + deployed.version();
        if (!expected.equals(deployed.model())) {
            return Uni.createFrom().failure(new InvalidDeploymentEventException(
                    "model " + deployed.model() + " is not version " + deployed.version() + " of " + deployed.targetModelName()));
        }
        if (deployed.baseModel().equalsIgnoreCase(deployed.model())) {
            return Uni.createFrom().failure(new InvalidDeploymentEventException(
                    "model " + deployed.model() + " names itself as its base"));
        }
        return models.named(deployed.model()).chain(stored -> {
            if (stored != null) {
                LOG.debugf("fine-tuned model %s is stored already (event %s); left as it is", deployed.model(), eventId);
                return Uni.createFrom().voidItem();
            }
            return models.persist(row(eventId, deployed)).chain(() -> addToCatalog(deployed));
        });
    }

    /** Facts read from a host (a model discovered before this event) are kept: they are this model's own. */
    private Uni<Void> addToCatalog(ModelDeployed deployed) {
        if (index.find(deployed.model()).isPresent()) {
            return Uni.createFrom().voidItem();
        }
        return index.find(deployed.baseModel())
                .map(base -> catalog.saveAndAnnounce(InheritedFacts.of(base.facts(), deployed)))
                .orElseGet(() -> {
                    LOG.infof("fine-tuned model %s: base %s is not in the catalog; stored with its lineage only",
                            deployed.model(), deployed.baseModel());
                    return Uni.createFrom().voidItem();
                });
    }

    private static FineTunedModel row(String eventId, ModelDeployed deployed) {
        FineTunedModel row = new FineTunedModel();
        row.model = deployed.model();
        row.eventId = eventId;
        row.targetModelName = deployed.targetModelName();
        row.version = deployed.version();
        row.baseModel = deployed.baseModel();
        row.backend = deployed.backend();
        row.weightsChanged = deployed.weightsChanged();
        row.host = deployed.host();
        row.jobId = deployed.jobId();
        row.owner = deployed.owner();
        row.datasetSha256 = deployed.datasetSha256();
        row.scoreName = deployed.scoreName();
        row.baseScore = deployed.baseScore();
        row.tunedScore = deployed.tunedScore();
        if (deployed.answerAccuracy() != null) {
            row.baseAnswerAccuracy = deployed.answerAccuracy().base();
            row.tunedAnswerAccuracy = deployed.answerAccuracy().tuned();
            row.answerExamples = deployed.answerAccuracy().examples();
        }
        row.deployedAt = deployed.deployedAt();
        row.receivedAt = Instant.now();
        return row;
    }
}
