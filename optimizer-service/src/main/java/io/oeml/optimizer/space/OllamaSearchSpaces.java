package io.oeml.optimizer.space;

import java.util.ArrayList;
import java.util.List;

import io.oeml.estimator.model.EstimateOptions;
import io.oeml.evaluation.suite.ModelType;
import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.Parameter;
import io.oeml.optimizer.search.space.SearchSpace;

/**
 * The built-in space for a {@code model_type} on one host: the type's sampling ranges ({@link ModelTypeRanges}),
 * num_ctx as a categorical of the powers of two that fit ({@link ResourceBounds}), num_batch, num_thread up to the
 * host's threads and num_gpu up to the layers that fit; options the host's era ignores ({@link EraSupport}) or the
 * host cannot use are left out and reported.
 */
public final class OllamaSearchSpaces {

    /** Server-wide settings, not request options: a trial cannot change them without restarting Ollama. */
    private static final List<String> SERVER_WIDE = List.of("kv_cache_type", "flash_attention");

    private OllamaSearchSpaces() {
    }

    public static SpaceReport forModelType(ModelType type, HostModelFacts facts) {
        ModelTypeRanges ranges = ModelTypeRanges.of(type);
        List<Parameter> parameters = new ArrayList<>();
        List<LeftOutOption> leftOut = new ArrayList<>();
        List<String> bounds = new ArrayList<>();
        for (Parameter sampling : List.of(ranges.temperature(), ranges.topP(), ranges.topK(), ranges.minP(),
                ranges.repeatPenalty())) {
            OllamaOption option = OllamaOption.fromWire(sampling.name()).orElseThrow();
            EraSupport.ignored(option, facts).ifPresentOrElse(
                    reason -> leftOut.add(new LeftOutOption(sampling.name(), reason)), () -> parameters.add(sampling));
        }
        List<Integer> trained = ResourceBounds.withinTrainedContext(ranges.numCtx(), facts);
        List<Integer> contexts = ResourceBounds.fitting(trained, facts);
        if (trained.size() < ranges.numCtx().size()) {
            bounds.add("num_ctx: " + without(ranges.numCtx(), trained) + " left out: above the model's trained context "
                    + facts.model().architecture().contextLength());
        }
        if (contexts.size() < trained.size()) {
            bounds.add("num_ctx: " + without(trained, contexts) + " left out: they do not fit the host ("
                    + estimateBasis(facts) + ")");
        }
        if (contexts.isEmpty()) {
            leftOut.add(new LeftOutOption("num_ctx", "no choice of " + ranges.numCtx() + " fits the host ("
                    + estimateBasis(facts) + ")"));
        } else {
            parameters.add(new CategoricalParameter("num_ctx", contexts.stream().map(String::valueOf).toList()));
        }
        parameters.add(ModelTypeRanges.NUM_BATCH);
        if (facts.cpuThreads() > 1) {
            parameters.add(new IntParameter("num_thread", 1, facts.cpuThreads(), false));
        } else {
            leftOut.add(new LeftOutOption("num_thread", "the host has one CPU thread"));
        }
        addNumGpu(facts, contexts, parameters, leftOut, bounds);
        SERVER_WIDE.forEach(name -> leftOut.add(new LeftOutOption(name, "server-wide Ollama setting, not a request "
                + "option (changing it restarts the server); the bounds use the host's " + facts.kvCacheType().wireName()
                + " KV cache")));
        return new SpaceReport(new SearchSpace(parameters), leftOut, bounds);
    }

    private static void addNumGpu(HostModelFacts facts, List<Integer> contexts, List<Parameter> parameters,
            List<LeftOutOption> leftOut, List<String> bounds) {
        if (!facts.hardware().hasGpu()) {
            leftOut.add(new LeftOutOption("num_gpu", "the host has no GPU: every layer runs on the CPU"));
            return;
        }
        if (contexts.isEmpty()) {
            leftOut.add(new LeftOutOption("num_gpu", "the model does not fit the host at any num_ctx"));
            return;
        }
        int largest = contexts.get(contexts.size() - 1);
        int layers = ResourceBounds.gpuLayers(facts, largest);
        if (layers == 0) {
            leftOut.add(new LeftOutOption("num_gpu", "no layer fits the GPUs at num_ctx " + largest));
            return;
        }
        // Bounded at the largest context so every (num_ctx, num_gpu) pair fits: from v0.30 a num_gpu above 0 turns
        // llama.cpp's own fit off, so an over-large value would not be corrected by the server.
        parameters.add(new IntParameter("num_gpu", 0, layers, false));
        bounds.add("num_gpu: at most " + layers + " layers, what fits the GPUs at num_ctx " + largest + " ("
                + estimateBasis(facts) + ")");
    }

    private static List<Integer> without(List<Integer> all, List<Integer> kept) {
        return all.stream().filter(ctx -> !kept.contains(ctx)).toList();
    }

    private static String estimateBasis(HostModelFacts facts) {
        return "libs/estimator, era " + facts.era() + ", " + facts.kvCacheType().wireName() + " KV, "
                + facts.numParallel() + " slot(s), num_batch " + EstimateOptions.DEFAULT_NUM_BATCH;
    }
}
