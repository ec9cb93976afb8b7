package io.oeml.optimizer.session.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.oeml.evaluation.suite.ModelType;
import io.oeml.optimizer.objective.Constraints;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.StrategyName;
import io.oeml.optimizer.space.CustomSpace;

/**
 * A checked create request.
 *
 * @param modelType null for an external session that names none
 * @param objectives wire names, in order; an external session that names none has the one objective {@code value}
 * @param space the user's space, null for an Ollama session searching its model type's built-in space
 * @param fixed options sent with every trial (Ollama) or handed out with every asked trial (external)
 * @param parallelism trials per round; null = one per host
 * @param suite the uploaded suite as JSON lines; null = the model type's built-in suite
 */
public record SessionDefinition(boolean external, String modelName, ModelType modelType, StrategyName strategy,
        List<String> objectives, Constraints constraints, long seed, int maxIterations, int timeoutMinutes,
        Integer parallelism, SearchSpace space, Map<String, Object> fixed, String suite) {

    /** The objective of an external session that names none: the value the client tells. */
    public static final String TOLD_VALUE = "value";

    public SessionDefinition {
        objectives = List.copyOf(objectives);
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
    }

    /** The custom space for the planner, or null for the built-in one. */
    public CustomSpace customSpace() {
        return space == null ? null : new CustomSpace(space, fixed);
    }
}
