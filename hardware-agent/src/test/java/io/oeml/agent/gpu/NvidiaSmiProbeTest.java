package io.oeml.agent.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.oeml.agent.Fixtures;
import io.oeml.agent.RecordedCommands;
import io.oeml.agent.command.CommandResult;

class NvidiaSmiProbeTest {

    @Test
    void missingToolMeansNoNvidiaGpu() {
        assertTrue(new NvidiaSmiProbe(new RecordedCommands(), "nvidia-smi").devices().isEmpty());
    }

    @Test
    void failingToolMeansNoNvidiaGpu() {
        RecordedCommands commands = new RecordedCommands().answer("nvidia-smi",
                CommandResult.failed(9, Fixtures.text("nvidia-smi/driver-failure.txt"), "nvidia-smi exited with 9"));

        assertTrue(new NvidiaSmiProbe(commands, "nvidia-smi").devices().isEmpty());
    }

    @Test
    void answeringToolListsItsGpus() {
        RecordedCommands commands = new RecordedCommands().answer("/usr/bin/nvidia-smi",
                CommandResult.success(Fixtures.text("nvidia-smi/two-gpus.csv")));

        assertEquals(2, new NvidiaSmiProbe(commands, "/usr/bin/nvidia-smi").devices().size());
    }
}
