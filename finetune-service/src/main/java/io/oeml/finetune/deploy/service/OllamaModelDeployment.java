package io.oeml.finetune.deploy.service;

import java.util.List;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.finetune.deploy.DeployRequest;
import io.oeml.finetune.deploy.DeployedVersion;
import io.oeml.finetune.deploy.DeploymentFailedException;
import io.oeml.finetune.deploy.ModelDeployment;
import io.oeml.finetune.deploy.TargetModelName;
import io.oeml.finetune.deploy.UnknownTargetModelException;
import io.oeml.finetune.deploy.entity.ModelVersion;
import io.oeml.finetune.deploy.repository.ModelVersionRepository;
import io.oeml.finetune.evaluation.AnswerComparison;
import io.oeml.finetune.host.FinetuneHostsConfig;
import io.oeml.identity.Owner;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaClients;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;

/**
 * Deploys a result into the local Ollama as the next {@code target:vN}: claim the number, upload and create, ask the
 * smoke prompt, score the base's and the new model's answers to the validation prompts when the weights changed,
 * then record the version with its event. A model that fails to create or to answer is deleted and its
 * number released, so a failed deploy leaves nothing behind.
 */
@ApplicationScoped
public class OllamaModelDeployment implements ModelDeployment {

    private static final Logger LOG = Logger.getLogger(OllamaModelDeployment.class);

    private final OllamaClients clients;
    private final FinetuneHostsConfig hosts;
    private final ModelVersionRepository versions;
    private final VersionClaims claims;
    private final VersionRecorder recorder;
    private final SmokePrompt smoke;
    private final AnswerComparison answers;
    private final Vertx vertx;

    public OllamaModelDeployment(OllamaClients clients, FinetuneHostsConfig hosts, ModelVersionRepository versions,
            VersionClaims claims, VersionRecorder recorder, SmokePrompt smoke, AnswerComparison answers, Vertx vertx) {
        this.clients = clients;
        this.hosts = hosts;
        this.versions = versions;
        this.claims = claims;
        this.recorder = recorder;
        this.smoke = smoke;
        this.answers = answers;
        this.vertx = vertx;
    }

    @Override
    public Uni<DeployedVersion> deploy(DeployRequest request) {
        // Database calls must run on one Vert.x context; Ollama's replies arrive on the client's, so come back here.
        Executor here = context();
        return Uni.createFrom().deferred(() -> start(request, here)).runSubscriptionOn(here);
    }

    /** The caller's duplicated Vert.x context, or a new one for a caller on a plain thread (a job's worker). */
    private Executor context() {
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx.getDelegate());
        return task -> context.runOnContext(ignored -> task.run());
    }

    private Uni<DeployedVersion> start(DeployRequest request, Executor here) {
        String target = TargetModelName.normalise(request.targetModelName());
        if (!hosts.localHost().equals(request.base().host())) {
            return Uni.createFrom().failure(new DeploymentFailedException(DeploymentFailedException.UNKNOWN_HOST,
                    "host " + request.base().host() + " is not one this service deploys to (" + hosts.localHost()
                            + ")"));
        }
        OllamaClient ollama = clients.forBaseUrl(hosts.localBaseUrl());
        return versions.findByJobId(request.jobId()).chain(done -> done != null
                ? Uni.createFrom().item(done.view())
                : ollama.tags().emitOn(here)
                        .map(tags -> NextVersion.onHost(target, tags.models()))
                        .chain(onHost -> claims.claim(request.jobId(), target, onHost))
                        .chain(version -> create(ollama, request, target, version, here)));
    }

    private Uni<DeployedVersion> create(OllamaClient ollama, DeployRequest request, String target, int version,
            Executor here) {
        String model = TargetModelName.versioned(target, version);
        return CreateRequests.of(ollama, model, request.base(), request.artifact())
                .chain(ollama::create)
                .onFailure(f -> !(f instanceof DeploymentFailedException)).transform(f ->
                        new DeploymentFailedException(DeploymentFailedException.CREATE_FAILED,
                                "could not create " + model + ": " + f.getMessage(), f))
                .chain(created -> smoke.ask(ollama, model))
                .emitOn(here)
                .onFailure().call(f -> undo(ollama, request.jobId(), model, here))
                .chain(reply -> answers(ollama, request, model).emitOn(here)
                        .chain(measured -> recorder.record(request, target, version, model, hosts.localHost(), reply,
                                measured)))
                .invoke(v -> LOG.infof("deployed %s (job %s, %s)", v.model(), v.jobId(), v.backend()));
    }

    /**
     * The run's own measure, or the base against the new model on the validation prompts when the weights changed.
     * A host that fails to answer them leaves the version unmeasured, not undeployed: the model passed its smoke
     * prompt.
     */
    private Uni<AnswerAccuracy> answers(OllamaClient ollama, DeployRequest request, String model) {
        if (request.answers() != null || !request.artifact().weightsChanged() || request.validationSplit() == null) {
            return Uni.createFrom().item(request.answers());
        }
        return answers.compare(ollama, request.base().name(), model, request.validationSplit())
                .onFailure().recoverWithItem(f -> {
                    LOG.warnf("the answers of %s and %s to the validation prompts of job %s were not measured: %s",
                            request.base().name(), model, request.jobId(), f.getMessage());
                    return null;
                });
    }

    /** Deletes what the failed deploy may have created and frees its number; a failure to clean up is only logged. */
    private Uni<Void> undo(OllamaClient ollama, String jobId, String model, Executor here) {
        return ollama.delete(model).onFailure().recoverWithNull().emitOn(here)
                .chain(() -> claims.release(jobId))
                .onFailure().invoke(e -> LOG.warnf(e, "could not release the version claim of job %s", jobId))
                .onFailure().recoverWithNull();
    }

    /** Fails with {@link UnknownTargetModelException} (404) when the owner sees no version of the name. */
    @Override
    public Uni<List<DeployedVersion>> versions(Owner owner, String targetModelName) {
        String target = TargetModelName.normalise(targetModelName);
        return Uni.createFrom().deferred(() -> versions.listVisible(owner.filter(), target)).runSubscriptionOn(context())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw new UnknownTargetModelException(target);
                    }
                    return rows.stream().map(ModelVersion::view).toList();
                });
    }
}
