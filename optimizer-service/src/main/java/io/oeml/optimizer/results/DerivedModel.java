package io.oeml.optimizer.results;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A model created on a host from a base model and best parameters.
 *
 * @param modelfile what was applied (the Modelfile of the same parameters) and what was skipped
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DerivedModel(String hostId, String model, String from, Modelfile modelfile) {
}
