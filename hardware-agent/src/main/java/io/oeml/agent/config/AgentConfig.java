package io.oeml.agent.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the hardware agent ({@code agent.*}); see the module README for the environment variables. A setting an
 * environment variable can change has its default in application.properties, next to the variable; the others here.
 */
@ConfigMapping(prefix = "agent")
public interface AgentConfig {

    /** Id of this host, the Kafka record key; when absent a stable id is derived once and kept in {@link #stateDir()}. */
    Optional<String> hostId();

    /** Directory where the agent keeps the derived host id across restarts. */
    Path stateDir();

    /** How often the host is sampled; a material change is published at the next sample. */
    Duration sampleInterval();

    /** A snapshot is published at least this often even when nothing changed. */
    Duration publishInterval();

    /** Free GPU memory or available RAM moving by more than this many bytes counts as a material change. */
    long freeMemoryThresholdBytes();

    /** Longest wait for an external tool (nvidia-smi, sysctl, dmidecode). */
    @WithDefault("5s")
    Duration commandTimeout();

    /** Longest wait for the leaving event to reach the broker on shutdown. */
    @WithDefault("5s")
    Duration leaveTimeout();

    /** System memory bandwidth in GB/s declared by the operator; overrides the DMI-derived figure. */
    OptionalDouble memoryBandwidthGbps();

    Gpu gpu();

    Ollama ollama();

    interface Gpu {

        /** The nvidia-smi program, a name looked up on the PATH or an absolute path. */
        @WithDefault("nvidia-smi")
        String nvidiaSmi();

        /** Root of the DRM class in sysfs, where amdgpu exposes memory counters. */
        @WithDefault("/sys/class/drm")
        Path drmRoot();

        /**
         * AMD devices whose VRAM carve-out is at most this many bytes are taken for APUs sharing system memory
         * (VRAM + GTT is their budget); discrete cards have far more.
         */
        @WithDefault("2147483648")
        long amdApuMaxCarveOutBytes();
    }

    interface Ollama {

        /** Base URL of the Ollama server beside the agent. */
        String baseUrl();

        /** Longest wait for each Ollama request. */
        @WithDefault("3s")
        Duration timeout();
    }
}
