package io.oeml.ollama.client.model;

import java.util.List;

/** {@code GET /api/tags}: local models, newest first. */
public record TagsResponse(List<ModelSummary> models) {

    public TagsResponse {
        models = models == null ? List.of() : models;
    }
}
