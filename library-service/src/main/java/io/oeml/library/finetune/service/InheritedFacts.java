package io.oeml.library.finetune.service;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.oeml.events.finetune.ModelDeployed;
import io.oeml.library.catalog.model.Fact;
import io.oeml.library.catalog.model.ModelFacts;

/**
 * The catalog facts of a fine-tuned model, taken from its base's: fine-tuning (a LoRA adapter, merged weights or a new
 * Modelfile) keeps the base's architecture, so the estimator can size the model from them. Each fact kept says it is
 * the base's, inherited, not read from this model. The base's published benchmarks are not kept (they are the base's
 * scores, not this model's; the lineage carries what the job measured), nor its digest (it identifies the base's
 * manifest, and would make discovery take the base for this model), nor its editorial categories, notes and confidence
 * (the categories follow from the capabilities and size, as a discovered model's do).
 */
public final class InheritedFacts {

    public static final String ORIGIN = "fine_tuned";

    /** What a fine-tune does not change. */
    private static final Set<String> INHERITED = Set.of("architecture", "parameter_count", "active_parameter_count",
            "default_quantization", "download_size_bytes", "weights_bytes", "context_length", "ollama_context_window",
            "block_count", "embedding_length", "head_count", "head_count_kv", "head_dim", "vocab_size",
            "feed_forward_length", "expert_count", "expert_used_count", "kv_cache_bytes_per_token_f16", "sliding_window",
            "capabilities", "input_modalities", "license", "hf_base_model");

    private InheritedFacts() {
    }

    public static ModelFacts of(ModelFacts base, ModelDeployed deployed) {
        String inherited = "inherited from " + base.name() + " (the base; not read from or measured on this model)";
        List<Fact> facts = base.facts().stream()
                .filter(f -> INHERITED.contains(f.name()))
                .map(f -> new Fact(f.name(), f.value(), inherited + ": " + f.source()))
                .toList();
        String description = "fine-tuned from " + base.name() + " by job " + deployed.jobId() + " (" + deployed.backend()
                + (deployed.weightsChanged() ? ", weights trained" : ", no weights changed")
                + "); facts inherited from the base";
        return new ModelFacts(deployed.model(), base.family(), "v" + deployed.version(), ORIGIN, description,
                base.architecture(), base.parameterCount(), base.activeParameterCount(), base.quantization(),
                base.downloadSizeBytes(), base.contextLength(), base.blockCount(), base.embeddingLength(),
                base.headCount(), base.headCountKv(), base.headDim(), base.vocabSize(), base.feedForwardLength(),
                base.expertCount(), base.expertUsedCount(), base.kvBytesPerTokenF16(), base.tiedEmbeddings(),
                base.license(), base.capabilities(), List.of(), Map.of(), null, facts,
                base.tensorWeights(), base.slidingWindow());
    }
}
