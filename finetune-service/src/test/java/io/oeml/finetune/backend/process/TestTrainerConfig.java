package io.oeml.finetune.backend.process;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link TrainerConfig} with the defaults of its mapping, for tests that build backends without Quarkus. */
public record TestTrainerConfig(Optional<String> binary, Set<String> trainableArchitectures, Duration gracePeriod,
        String quantization, Optional<Integer> threads, Duration countTokensTimeout, int stderrTailLines,
        Optional<List<String>> externalCommand) implements TrainerConfig {

    public static TestTrainerConfig defaults() {
        return new TestTrainerConfig(Optional.empty(), Set.of("llama"), Duration.ofSeconds(10), "Q8_0",
                Optional.empty(), Duration.ofMinutes(2), 40, Optional.empty());
    }

    public TestTrainerConfig withBinary(String path) {
        return new TestTrainerConfig(Optional.of(path), trainableArchitectures, gracePeriod, quantization, threads,
                countTokensTimeout, stderrTailLines, externalCommand);
    }

    public TestTrainerConfig withThreads(int n) {
        return new TestTrainerConfig(binary, trainableArchitectures, gracePeriod, quantization, Optional.of(n),
                countTokensTimeout, stderrTailLines, externalCommand);
    }

    public TestTrainerConfig withExternalCommand(List<String> command) {
        return new TestTrainerConfig(binary, trainableArchitectures, gracePeriod, quantization, threads,
                countTokensTimeout, stderrTailLines, Optional.of(command));
    }
}
