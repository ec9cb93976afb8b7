package io.oeml.ollama.emulator;

import java.nio.file.Path;
import java.time.Duration;

import io.oeml.ollama.emulator.sim.CorrectnessModel;

/**
 * Settings of one emulator instance.
 *
 * @param host bind address (loopback by default)
 * @param port 0 = any free port
 * @param ollamaVersion the version {@code /api/version} reports; it selects the era-dependent fields the emulator
 *     writes (e.g. {@code details.context_length} from 0.30.0, {@code capabilities} in tags from 0.9.1)
 * @param seed base seed of every pseudo-random choice (answers, noise) for requests that carry no {@code seed} option
 * @param timeScale real time spent per modelled second: 0 answers at once (tests), 1 behaves at modelled speed
 * @param hardware the host the cost model pretends to run on
 * @param correctness the sampling-quality surface of the correctness model
 * @param defaultKeepAlive how long a model stays loaded without a keep_alive in the request (Ollama: 5m)
 * @param maxLoadedModels loaded-model limit (Ollama: 3 × GPUs, 3 for CPU)
 * @param blobDir where uploaded blobs go; null = a temp dir deleted on close
 */
public record EmulatorConfig(
        String host,
        int port,
        String ollamaVersion,
        long seed,
        double timeScale,
        EmulatedHardware hardware,
        CorrectnessModel correctness,
        Duration defaultKeepAlive,
        int maxLoadedModels,
        Path blobDir) {

    /** The Ollama release the emulator's payloads follow by default (reference snapshot, era C). */
    public static final String DEFAULT_VERSION = "0.33.0";
    public static final int DEFAULT_STANDALONE_PORT = 11435;

    public static EmulatorConfig defaults() {
        return new EmulatorConfig("127.0.0.1", 0, DEFAULT_VERSION, 42L, 0.0, EmulatedHardware.workstation(),
                CorrectnessModel.defaults(), Duration.ofMinutes(5), 3, null);
    }

    public EmulatorConfig withPort(int p) {
        return new EmulatorConfig(host, p, ollamaVersion, seed, timeScale, hardware, correctness, defaultKeepAlive,
                maxLoadedModels, blobDir);
    }

    public EmulatorConfig withHost(String h) {
        return new EmulatorConfig(h, port, ollamaVersion, seed, timeScale, hardware, correctness, defaultKeepAlive,
                maxLoadedModels, blobDir);
    }

    public EmulatorConfig withVersion(String v) {
        return new EmulatorConfig(host, port, v, seed, timeScale, hardware, correctness, defaultKeepAlive,
                maxLoadedModels, blobDir);
    }

    public EmulatorConfig withSeed(long s) {
        return new EmulatorConfig(host, port, ollamaVersion, s, timeScale, hardware, correctness, defaultKeepAlive,
                maxLoadedModels, blobDir);
    }

    public EmulatorConfig withTimeScale(double t) {
        return new EmulatorConfig(host, port, ollamaVersion, seed, t, hardware, correctness, defaultKeepAlive,
                maxLoadedModels, blobDir);
    }

    public EmulatorConfig withHardware(EmulatedHardware h) {
        return new EmulatorConfig(host, port, ollamaVersion, seed, timeScale, h, correctness, defaultKeepAlive,
                maxLoadedModels, blobDir);
    }

    public EmulatorConfig withCorrectness(CorrectnessModel c) {
        return new EmulatorConfig(host, port, ollamaVersion, seed, timeScale, hardware, c, defaultKeepAlive,
                maxLoadedModels, blobDir);
    }

    public EmulatorConfig withDefaultKeepAlive(Duration d) {
        return new EmulatorConfig(host, port, ollamaVersion, seed, timeScale, hardware, correctness, d,
                maxLoadedModels, blobDir);
    }

    public EmulatorConfig withBlobDir(Path dir) {
        return new EmulatorConfig(host, port, ollamaVersion, seed, timeScale, hardware, correctness, defaultKeepAlive,
                maxLoadedModels, dir);
    }
}
