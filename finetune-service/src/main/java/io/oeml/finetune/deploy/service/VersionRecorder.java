package io.oeml.finetune.deploy.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.events.finetune.ModelDeployed;
import io.oeml.finetune.deploy.DeployRequest;
import io.oeml.finetune.deploy.DeployedVersion;
import io.oeml.finetune.deploy.entity.ModelVersion;
import io.oeml.finetune.deploy.repository.ModelVersionRepository;
import io.oeml.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Records a deployed version and its {@code ModelDeployed} event in one transaction: both or neither. */
@ApplicationScoped
public class VersionRecorder {

    static final String SOURCE = "/finetune-service/deploy";

    private final ModelVersionRepository versions;
    private final Outbox outbox;

    public VersionRecorder(ModelVersionRepository versions, Outbox outbox) {
        this.versions = versions;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<DeployedVersion> record(DeployRequest request, String target, int version, String model, String host,
            String smokeReply, AnswerAccuracy answers) {
        ModelVersion row = new ModelVersion();
        row.targetModelName = target;
        row.version = version;
        row.model = model;
        row.jobId = request.jobId();
        row.owner = request.owner();
        row.host = host;
        row.baseModel = request.base().name();
        row.backend = request.backend().wire();
        row.weightsChanged = request.artifact().weightsChanged();
        row.datasetSha256 = request.datasetSha256();
        row.scoreName = request.scoreName();
        row.baseScore = request.baseScore();
        row.tunedScore = request.tunedScore();
        row.answerAccuracy(answers);
        row.smokeReply = smokeReply;
        // What Postgres keeps (microseconds), so the version read back later equals the one returned now.
        row.deployedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ModelDeployed event = new ModelDeployed(row.jobId, row.owner, model, target, version, row.baseModel,
                row.backend, row.weightsChanged, host, row.datasetSha256, row.scoreName, row.baseScore,
                row.tunedScore, answers, row.deployedAt);
        return versions.persist(row)
                .chain(saved -> outbox.append(Topic.FINETUNE_JOB_EVENTS.topicName(),
                        EventTypes.FINETUNE_MODEL_DEPLOYED, SOURCE, row.jobId, event))
                .replaceWith(row::view);
    }
}
