package io.oeml.ollama.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.TestOllama;
import io.oeml.ollama.emulator.OllamaEmulator;

/**
 * A client no one here wrote, the official Ollama JavaScript library (npm {@code ollama} 0.6.4, pinned by
 * {@code src/test/js/package-lock.json}), makes the same checks ({@code src/test/js/check.mjs}) against the emulator
 * and against the real Ollama: what the emulator answers must be what a real client accepts. Needs Node 18+ and npm.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialJsClientTest {

    private static final Path SOURCES = Path.of("src", "test", "js");
    private static final Path WORK = Path.of("target", "official-js-client");

    @BeforeAll
    void installTheClient() throws Exception {
        assumeTrue(run(List.of("node", "--version"), Path.of(".")).exit() == 0
                        && run(List.of("npm", "--version"), Path.of(".")).exit() == 0,
                "Node 18+ and npm are needed for the official JavaScript client's checks");
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "check.mjs")) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), WORK);
        assertEquals(0, install.exit(), install.output());
    }

    @Test
    void theOfficialClientPassesItsChecksAgainstTheEmulator() throws Exception {
        try (OllamaEmulator emulator = OllamaEmulator.start(0)) {
            Result checks = run(List.of("node", "check.mjs", emulator.baseUrl(), "llama3.1:8b", "all-minilm:22m"), WORK);
            assertEquals(0, checks.exit(), checks.output());
        }
    }

    @Test
    void theOfficialClientPassesItsChecksAgainstTheRealOllama() throws Exception {
        TestOllama ollama = TestOllama.get();
        assumeTrue(!ollama.external(), "OLLAMA_BASE_URL is set: the checks need the models of the project's own Ollama");
        String model = TinyModel.SMOLLM2_135M.tagged();
        Result checks = run(List.of("node", "check.mjs", ollama.baseUrl(), model, model), WORK);
        assertEquals(0, checks.exit(), checks.output());
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return new Result(-1, notInstalled.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        System.out.print(output);
        return new Result(process.exitValue(), output);
    }
}
