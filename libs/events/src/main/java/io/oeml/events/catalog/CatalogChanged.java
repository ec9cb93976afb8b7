package io.oeml.events.catalog;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * library-service stored a model in its catalog (one discovered on an Ollama host, or a fine-tuned model
 * finetune-service deployed). Published through the outbox
 * to {@code library.model-events} (key = the model name) in the transaction that stored it; every library-service
 * replica reloads its in-memory catalog from Postgres on it. Schema: {@code schemas/io.oeml.library.catalog.changed.json}.
 *
 * @param model the model's {@code name:tag}
 * @param origin {@code catalog} (models.csv) or {@code discovered} (an Ollama host's /api/show) or
 *               {@code fine_tuned} (a {@code ModelDeployed} event, facts inherited from its base)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CatalogChanged(String model, String origin, Instant changedAt) {
}
