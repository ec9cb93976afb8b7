package io.oeml.ollama.emulator.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.oeml.ollama.emulator.EmulatorConfig;
import io.oeml.ollama.emulator.fault.Faults;
import io.oeml.ollama.emulator.model.BlobStore;
import io.oeml.ollama.emulator.model.ModelStore;
import io.oeml.ollama.emulator.sim.CostModel;
import io.vertx.core.Vertx;

/** Everything the route handlers share. */
public final class EmulatorState {

    final EmulatorConfig config;
    final Vertx vertx;
    final ModelStore store;
    final BlobStore blobs;
    final Faults faults;
    final Stats stats;
    final CostModel cost;
    final Runners runners;
    private static final int MAX_TRACKED_KEYS = 100_000;
    private final Map<String, AtomicLong> repetitions = new ConcurrentHashMap<>();

    public EmulatorState(EmulatorConfig config, Vertx vertx, ModelStore store, BlobStore blobs, Faults faults,
                         Stats stats) {
        this.config = config;
        this.vertx = vertx;
        this.store = store;
        this.blobs = blobs;
        this.faults = faults;
        this.stats = stats;
        this.cost = new CostModel(config.hardware());
        this.runners = new Runners(cost, config.maxLoadedModels());
    }

    public Runners runners() {
        return runners;
    }

    boolean atLeast(String version) {
        return Versions.compare(config.ollamaVersion(), version) >= 0;
    }

    /**
     * The seed of a request's pseudo-random draws: its {@code seed} option when given, else the emulator seed plus
     * the number of times this same key was asked before (so repeats differ, and a rerun repeats the sequence).
     */
    String seedKey(Long requestSeed, String key) {
        if (requestSeed != null && requestSeed >= 0) {
            return "s" + requestSeed;
        }
        if (repetitions.size() > MAX_TRACKED_KEYS) {
            repetitions.clear(); // a long-running demo: forget old prompts rather than grow without bound
        }
        long n = repetitions.computeIfAbsent(key, k -> new AtomicLong()).getAndIncrement();
        return "e" + config.seed() + ":" + n;
    }
}
