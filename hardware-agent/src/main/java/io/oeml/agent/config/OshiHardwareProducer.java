package io.oeml.agent.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;

/** One OSHI hardware view for the whole agent; OSHI caches what does not change (CPU identity). */
public class OshiHardwareProducer {

    @Produces
    @Singleton
    HardwareAbstractionLayer hardware() {
        return new SystemInfo().getHardware();
    }
}
