package io.oeml.agent.snapshot;

import java.time.Instant;

/**
 * How the latest snapshot stands with the broker.
 *
 * @param lastPublishedAt when the broker last acknowledged a snapshot, null before the first one
 * @param pending true when the latest snapshot differs materially from the last acknowledged one or the
 *                last attempt failed; it is sent again at the next sample
 * @param lastError why the last attempt failed, null after a success
 */
public record PublicationState(Instant lastPublishedAt, boolean pending, String lastError) {
}
