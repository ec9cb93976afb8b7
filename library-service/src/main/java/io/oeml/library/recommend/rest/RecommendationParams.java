package io.oeml.library.recommend.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.QueryParam;

import io.oeml.library.catalog.model.SizeClass;
import io.oeml.library.recommend.model.TaskType;
import io.oeml.rest.FreeText;

/** The query parameters of a recommendation; {@code host} is a fleet host id, {@code local}, or absent. */
public record RecommendationParams(
        @QueryParam("task_type") @NotNull(message = "is required") TaskType taskType,
        @QueryParam("preferred_size") SizeClass preferredSize,
        @QueryParam("host") String host) {

    public RecommendationParams {
        host = FreeText.of(host);
    }
}
