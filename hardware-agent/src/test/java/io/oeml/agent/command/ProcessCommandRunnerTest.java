package io.oeml.agent.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProcessCommandRunnerTest {

    private final ProcessCommandRunner runner = new ProcessCommandRunner(2_000);

    @Test
    void outputOfASucceedingToolIsReturned() {
        CommandResult result = runner.run(List.of("echo", "hello"));

        assertTrue(result.succeeded());
        assertEquals("hello\n", result.stdout());
    }

    @Test
    void missingToolIsAFailureNotAnException() {
        CommandResult result = runner.run(List.of("nvidia-smi-that-is-not-installed"));

        assertFalse(result.succeeded());
        assertEquals("nvidia-smi-that-is-not-installed not found", result.failure());
    }

    @Test
    void nonZeroExitIsAFailureWithItsOutput() {
        CommandResult result = runner.run(List.of("sh", "-c", "echo broken; exit 9"));

        assertEquals(9, result.exitCode());
        assertEquals("broken\n", result.stdout());
        assertFalse(result.succeeded());
    }

    @Test
    void hangingToolIsStoppedAtTheTimeout() {
        long start = System.nanoTime();
        CommandResult result = new ProcessCommandRunner(300).run(List.of("sleep", "30"));

        assertFalse(result.succeeded());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000);
    }
}
