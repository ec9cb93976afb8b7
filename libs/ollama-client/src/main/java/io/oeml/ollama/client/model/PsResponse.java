package io.oeml.ollama.client.model;

import java.util.List;

/** {@code GET /api/ps}: loaded models, longest remaining keep-alive first. */
public record PsResponse(List<RunningModel> models) {

    public PsResponse {
        models = models == null ? List.of() : models;
    }
}
