package io.oeml.finetune.hyperparameters.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.finetune.hyperparameters.HyperparameterPreset;
import io.oeml.finetune.hyperparameters.Hyperparameters;

/** The presets a create form offers, with the values each resolves to (so a client need not copy them). */
@Path("/api/ai/ollama/fine-tuning/presets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fine-Tuning")
public class PresetResource {

    public record PresetList(boolean success, String defaultPreset, List<Hyperparameters> presets) {
    }

    @GET
    @Operation(summary = "The hyperparameter presets (efficient, balanced, high_quality) with their resolved values")
    public PresetList list() {
        return new PresetList(true, HyperparameterPreset.BALANCED.wire(),
                Arrays.stream(HyperparameterPreset.values()).map(HyperparameterPreset::resolved).toList());
    }
}
