package io.oeml.optimizer.host;

import io.oeml.evaluation.suite.ModelType;
import io.oeml.optimizer.space.CustomSpace;
import io.smallrye.mutiny.Uni;

/** Plans an Ollama session when it is created: which hosts have the model, and the space that fits all of them. */
public interface SessionPlanner {

    /**
     * @param custom the user's space and fixed options, or null for the model type's built-in space
     * @return fails with {@link NoHostHasModelException} when no host has the model
     */
    Uni<SessionPlan> plan(String modelName, ModelType modelType, CustomSpace custom);
}
