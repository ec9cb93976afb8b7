package io.oeml.finetune.deploy;

import java.util.List;

import io.oeml.identity.Owner;
import io.smallrye.mutiny.Uni;

/**
 * Makes a result an Ollama model: the next free {@code name:vN} (never overwriting one), blob upload and
 * {@code /api/create} with the base's template and stop parameters, a smoke prompt that must answer, then the version
 * row and a {@code ModelDeployed} event through the outbox in one transaction.
 */
public interface ModelDeployment {

    /** Idempotent per job: a job deployed before (a resumed job) gets its existing version back. */
    Uni<DeployedVersion> deploy(DeployRequest request);

    /** The versions of a target model the owner sees, oldest first. */
    Uni<List<DeployedVersion>> versions(Owner owner, String targetModelName);
}
