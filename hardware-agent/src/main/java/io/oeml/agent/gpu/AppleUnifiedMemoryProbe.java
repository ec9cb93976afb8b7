package io.oeml.agent.gpu;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.oeml.agent.command.CommandRunner;
import io.oeml.events.capacity.GpuDevice;

/** The unified-memory GPU of an Apple Silicon Mac; nothing on other systems (sysctl is not even run there). */
@ApplicationScoped
public class AppleUnifiedMemoryProbe implements GpuProbe {

    private final CommandRunner commands;
    private final boolean macOs;

    @Inject
    public AppleUnifiedMemoryProbe(CommandRunner commands) {
        this(commands, System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac"));
    }

    AppleUnifiedMemoryProbe(CommandRunner commands, boolean macOs) {
        this.commands = commands;
        this.macOs = macOs;
    }

    @Override
    public List<GpuDevice> devices() {
        if (!macOs) {
            return List.of();
        }
        // sysctl still prints the names it knows when one is unknown (iogpu.* before macOS 14), so the exit code is ignored.
        var result = commands.run(List.of("sysctl", "hw.memsize", "iogpu.wired_limit_mb", "machdep.cpu.brand_string"));
        return AppleSysctlParser.parse(result.stdout()).map(List::of).orElse(List.of());
    }
}
