package io.oeml.optimizer.results;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A best parameter the Modelfile (and a derived model) leaves out, with the reason. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SkippedParameter(String name, Object value, String reason) {
}
