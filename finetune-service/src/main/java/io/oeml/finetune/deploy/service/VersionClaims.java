package io.oeml.finetune.deploy.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.deploy.DeploymentFailedException;
import io.oeml.finetune.deploy.repository.VersionClaimRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Reserves {@code target:vN} for a job before the model is created, so that two deploys of one name never create the
 * same tag (Ollama's create would overwrite) and a resumed job gets its own number back.
 */
@ApplicationScoped
public class VersionClaims {

    /** Numbers taken by concurrent deploys between our read and our insert, tried before giving up. */
    private static final int ATTEMPTS = 20;

    private final VersionClaimRepository claims;

    public VersionClaims(VersionClaimRepository claims) {
        this.claims = claims;
    }

    /**
     * The job's number: the one it claimed before, else the smallest N neither claimed here nor on the host.
     *
     * @param onHost the N of every {@code target:vN} the host lists, whoever made it
     */
    @WithTransaction
    public Uni<Integer> claim(String jobId, String target, Set<Integer> onHost) {
        return claims.findByJobId(jobId).chain(own -> own != null
                ? Uni.createFrom().item(own.version)
                : attempt(jobId, target, onHost, 1));
    }

    private Uni<Integer> attempt(String jobId, String target, Set<Integer> onHost, int attempt) {
        if (attempt > ATTEMPTS) {
            return Uni.createFrom().failure(new DeploymentFailedException(DeploymentFailedException.NO_FREE_VERSION,
                    "no free version of " + target + " after " + ATTEMPTS + " attempts"));
        }
        return claims.numbersOf(target).chain(claimed -> {
            Set<Integer> taken = new HashSet<>(claimed);
            taken.addAll(onHost);
            int n = NextVersion.smallestFree(taken);
            // ON CONFLICT DO NOTHING waits for a concurrent insert of the same key and then sees it: no duplicate N.
            return claims.claimIfFree(target, n, jobId, Instant.now()).chain(took -> {
                if (took) {
                    return Uni.createFrom().item(n);
                }
                // Either another deploy took n, or this same job claimed meanwhile (a concurrent retry of it).
                return claims.findByJobId(jobId).chain(own -> own != null ? Uni.createFrom().item(own.version)
                        : attempt(jobId, target, onHost, attempt + 1));
            });
        });
    }

    /** Frees the job's number when its model was not created (or deleted again); a recorded version keeps it. */
    @WithTransaction
    public Uni<Void> release(String jobId) {
        return claims.release(jobId).replaceWithVoid();
    }
}
