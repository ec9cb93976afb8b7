package io.oeml.agent.benchmark;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

import io.oeml.agent.config.HostIdentity;
import io.smallrye.reactive.messaging.ClientCustomizer;

/**
 * Gives the request channel's Kafka consumer the group {@code hardware-agent.<host id>}: every agent reads every
 * request (each acts on its own host's), and one agent's position survives its restarts. The host id may be derived
 * at start (HostIdentity), so it cannot be written in application.properties.
 */
@ApplicationScoped
public class BenchmarkRequestGroup implements ClientCustomizer<Map<String, Object>> {

    static final String CHANNEL = "benchmark-requests-in";

    private final HostIdentity host;

    public BenchmarkRequestGroup(HostIdentity host) {
        this.host = host;
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        if (CHANNEL.equals(channel)) {
            config.put("group.id", "hardware-agent." + host.hostId());
        }
        return config;
    }
}
