package io.oeml.agent.rest;

import io.oeml.agent.snapshot.PublicationState;
import io.oeml.events.capacity.CapacitySnapshot;

/**
 * Body of {@code GET /api/agent/capacity}.
 *
 * @param snapshot the latest snapshot, the same data the agent publishes on Kafka
 * @param publication whether the broker has it
 */
public record CapacityResponse(boolean success, CapacitySnapshot snapshot, PublicationState publication) {
}
