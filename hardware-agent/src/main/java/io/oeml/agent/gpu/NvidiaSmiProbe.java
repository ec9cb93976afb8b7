package io.oeml.agent.gpu;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.oeml.agent.command.CommandResult;
import io.oeml.agent.command.CommandRunner;
import io.oeml.agent.config.AgentConfig;
import io.oeml.events.capacity.GpuDevice;

/** NVIDIA GPUs with total, used and free memory as the driver reports them, through nvidia-smi. */
@ApplicationScoped
public class NvidiaSmiProbe implements GpuProbe {

    private static final Logger LOG = Logger.getLogger(NvidiaSmiProbe.class);

    private final CommandRunner commands;
    private final String nvidiaSmi;
    private volatile String lastFailure;

    @Inject
    public NvidiaSmiProbe(CommandRunner commands, AgentConfig config) {
        this(commands, config.gpu().nvidiaSmi());
    }

    NvidiaSmiProbe(CommandRunner commands, String nvidiaSmi) {
        this.commands = commands;
        this.nvidiaSmi = nvidiaSmi;
    }

    @Override
    public List<GpuDevice> devices() {
        CommandResult result = commands.run(List.of(nvidiaSmi, "--query-gpu=" + NvidiaSmiCsvParser.FIELDS, "--format=csv,nounits"));
        if (!result.succeeded()) {
            logOnce(result.failure());
            return List.of();
        }
        lastFailure = null;
        return NvidiaSmiCsvParser.parse(result.stdout());
    }

    // A host without NVIDIA hardware answers the same failure every sample; say it once, and again when it changes.
    private void logOnce(String failure) {
        if (!failure.equals(lastFailure)) {
            lastFailure = failure;
            LOG.debugf("no NVIDIA GPUs from nvidia-smi: %s", failure);
        }
    }
}
