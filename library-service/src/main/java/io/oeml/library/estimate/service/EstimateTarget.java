package io.oeml.library.estimate.service;

import io.oeml.library.fleet.service.KnownHost;

/**
 * The host an estimate is for: a known host by id (null: the default host), or hardware the request described.
 *
 * @param hostId fleet host id or {@code local}; null with {@code described} or for the default host
 */
public record EstimateTarget(String hostId, KnownHost described) {

    public static EstimateTarget host(String hostId) {
        return new EstimateTarget(hostId, null);
    }

    public static EstimateTarget described(KnownHost described) {
        return new EstimateTarget(null, described);
    }
}
