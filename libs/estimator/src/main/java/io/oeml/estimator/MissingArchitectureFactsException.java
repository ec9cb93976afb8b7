package io.oeml.estimator;

import java.util.List;

/**
 * The facts given for a model are not enough to estimate it: a dimension is missing, or its architecture has no tensor
 * layout the estimator can rebuild and no tensors or file size were given. {@link #missing()} names each missing fact
 * the way the estimate API and GGUF metadata name it ({@code block_count}, {@code head_count_kv}, ...).
 */
public class MissingArchitectureFactsException extends EstimateException {

    private final String model;
    private final List<String> missing;

    public MissingArchitectureFactsException(String model, String architecture, List<String> missing) {
        super("cannot estimate " + (model == null ? "the model" : "'" + model + "'") + " (architecture '" + architecture
                + "'): missing " + String.join(", ", missing));
        this.model = model;
        this.missing = List.copyOf(missing);
    }

    public String model() {
        return model;
    }

    public List<String> missing() {
        return missing;
    }
}
