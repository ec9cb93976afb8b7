package io.oeml.finetune.job;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.oeml.finetune.deploy.DeployRequest;
import io.oeml.finetune.deploy.DeployedVersion;
import io.oeml.finetune.deploy.ModelDeployment;
import io.oeml.identity.Owner;
import io.smallrye.mutiny.Uni;

/** Deployment as the contract promises it, in memory: the next {@code name:vN}, idempotent per job. */
@Alternative
@ApplicationScoped
public class RecordingDeployment implements ModelDeployment {

    private final Map<String, DeployedVersion> byJob = new ConcurrentHashMap<>();
    private final Map<String, DeployRequest> requests = new ConcurrentHashMap<>();

    public DeployRequest request(String jobId) {
        return requests.get(jobId);
    }

    @Override
    public synchronized Uni<DeployedVersion> deploy(DeployRequest request) {
        requests.put(request.jobId(), request);
        return Uni.createFrom().item(byJob.computeIfAbsent(request.jobId(), id -> {
            int version = (int) byJob.values().stream()
                    .filter(v -> v.targetModelName().equals(request.targetModelName())).count() + 1;
            return new DeployedVersion(request.targetModelName() + ":v" + version, request.targetModelName(), version,
                    id, request.owner(), request.base().host(), request.base().name(), request.backend().wire(),
                    request.artifact().weightsChanged(), request.datasetSha256(), request.scoreName(),
                    request.baseScore(), request.tunedScore(), request.answers(), "Hello!", Instant.now());
        }));
    }

    @Override
    public Uni<List<DeployedVersion>> versions(Owner owner, String targetModelName) {
        return Uni.createFrom().item(byJob.values().stream()
                .filter(v -> v.targetModelName().equals(targetModelName) && owner.sees(v.owner()))
                .sorted(Comparator.comparingInt(DeployedVersion::version)).toList());
    }
}
