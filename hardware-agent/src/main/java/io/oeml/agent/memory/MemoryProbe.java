package io.oeml.agent.memory;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import oshi.hardware.GlobalMemory;
import oshi.hardware.HardwareAbstractionLayer;

import io.oeml.agent.bandwidth.Bandwidth;
import io.oeml.agent.bandwidth.DmiMemoryParser;
import io.oeml.agent.command.CommandRunner;
import io.oeml.agent.config.AgentConfig;
import io.oeml.events.capacity.MemoryInfo;

/**
 * System RAM and swap from OSHI ({@code /proc/meminfo} on Linux), and the RAM bandwidth: the operator's figure when
 * configured, else the one derived from SMBIOS once (dmidecode needs root; without it the bandwidth is unknown).
 */
@ApplicationScoped
public class MemoryProbe {

    private final HardwareAbstractionLayer hardware;
    private final CommandRunner commands;
    private final AgentConfig config;
    private volatile Optional<Bandwidth> bandwidth;

    public MemoryProbe(HardwareAbstractionLayer hardware, CommandRunner commands, AgentConfig config) {
        this.hardware = hardware;
        this.commands = commands;
        this.config = config;
    }

    public MemoryInfo memory() {
        GlobalMemory memory = hardware.getMemory();
        Optional<Bandwidth> bw = bandwidth();
        return new MemoryInfo(
                memory.getTotal(),
                memory.getAvailable(),
                memory.getVirtualMemory().getSwapTotal(),
                memory.getVirtualMemory().getSwapUsed(),
                bw.map(Bandwidth::gbps).orElse(null),
                bw.map(Bandwidth::source).orElse(null),
                "oshi");
    }

    private Optional<Bandwidth> bandwidth() {
        Optional<Bandwidth> known = bandwidth;
        if (known == null) {
            known = config.memoryBandwidthGbps().isPresent()
                    ? Optional.of(new Bandwidth(config.memoryBandwidthGbps().getAsDouble(), "configured"))
                    : fromDmi();
            bandwidth = known;
        }
        return known;
    }

    private Optional<Bandwidth> fromDmi() {
        var result = commands.run(List.of("dmidecode", "--type", "17"));
        return result.succeeded() ? DmiMemoryParser.bandwidth(result.stdout()) : Optional.empty();
    }
}
