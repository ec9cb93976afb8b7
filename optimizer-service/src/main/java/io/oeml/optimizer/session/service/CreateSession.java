package io.oeml.optimizer.session.service;

/**
 * A create request as the client sent it: every field text (or null when absent), checked by
 * {@link SessionDefinitions#parse}. Field names are the SPEC's form fields.
 */
public record CreateSession(String modelName, String objective, String objectives, String strategy, String modelType,
        String maxIterations, String timeoutMinutes, String seed, String parallelism, String maxLatencyMs,
        String maxMemoryGb, String minQuality, String space, String suite, String external) {
}
