package io.oeml.finetune.deploy.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.finetune.deploy.DeployedVersion;
import io.oeml.finetune.deploy.ModelDeployment;
import io.oeml.identity.Caller;
import io.oeml.identity.Owner;
import io.smallrye.mutiny.Uni;

/** The deployed versions of a fine-tuned model, with the job, data hash and scores of each. */
@Path("/api/ai/ollama/fine-tuning/models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fine-Tuning")
public class ModelVersionsResource {

    private final ModelDeployment deployment;
    private final Caller caller;

    public ModelVersionsResource(ModelDeployment deployment, Caller caller) {
        this.deployment = deployment;
        this.caller = caller;
    }

    @GET
    @Path("/{target_model_name}/versions")
    @Operation(summary = "Versions of a target model (name:v1, name:v2, ...), oldest first; 404 for a name the caller"
            + " has none of")
    public Uni<VersionsAnswer> versions(@PathParam("target_model_name") String targetModelName) {
        return deployment.versions(Owner.of(caller), targetModelName)
                .map(list -> new VersionsAnswer(true, list.get(0).targetModelName(), list));
    }

    public record VersionsAnswer(boolean success, String targetModelName, List<DeployedVersion> versions) {
    }
}
