package io.oeml.ollama.emulator.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.oeml.ollama.emulator.model.InstalledModel;
import io.oeml.ollama.emulator.model.ModelStore;
import io.oeml.ollama.emulator.sim.CostModel;
import io.oeml.ollama.emulator.sim.CostModel.LoadFailure;
import io.oeml.ollama.emulator.sim.CostModel.LoadOptions;
import io.oeml.ollama.emulator.sim.CostModel.MemoryPlan;

/**
 * Loaded models (what {@code /api/ps} lists): load on first use, reload when a load-time option changes, unload when
 * keep_alive runs out, evict the runner that expires first when memory or the model limit requires it.
 */
public final class Runners {

    /** Go's maximum duration (~292 years): what a negative keep_alive means. */
    static final Duration FOREVER = Duration.ofHours(2_562_047);

    public record Runner(InstalledModel model, LoadOptions load, MemoryPlan plan, Instant expiresAt) {
    }

    /** The runner a request uses, and whether the request had to load it. */
    public record Lease(Runner runner, boolean loaded) {
    }

    private final CostModel cost;
    private final int maxLoaded;
    private final Map<String, Runner> loaded = new LinkedHashMap<>();

    Runners(CostModel cost, int maxLoaded) {
        this.cost = cost;
        this.maxLoaded = maxLoaded;
    }

    synchronized Lease acquire(InstalledModel m, LoadOptions o, Duration keepAlive) throws LoadFailure {
        prune();
        String key = ModelStore.key(m.name());
        Instant expires = expiry(keepAlive);
        Runner existing = loaded.get(key);
        if (existing != null && existing.load().equals(o) && existing.model().digest().equals(m.digest())) {
            Runner r = new Runner(m, o, existing.plan(), expires);
            loaded.put(key, r);
            return new Lease(r, false);
        }
        loaded.remove(key);
        while (true) {
            try {
                MemoryPlan plan = cost.plan(m, o, vramUsed(), ramUsed());
                if (loaded.size() >= maxLoaded) {
                    evictOne();
                }
                Runner r = new Runner(m, o, plan, expires);
                loaded.put(key, r);
                return new Lease(r, true);
            } catch (LoadFailure f) {
                if (loaded.isEmpty()) {
                    throw f;
                }
                evictOne();
            }
        }
    }

    synchronized boolean unload(String name) {
        return loaded.remove(ModelStore.key(name)) != null;
    }

    /** Sorted by the longest remaining keep-alive first, as Ollama lists them. */
    public synchronized List<Runner> list() {
        prune();
        List<Runner> all = new ArrayList<>(loaded.values());
        all.sort(Comparator.comparing(Runner::expiresAt).reversed());
        return all;
    }

    private static Instant expiry(Duration keepAlive) {
        Instant now = Instant.now();
        return keepAlive.isNegative() ? now.plus(FOREVER) : now.plus(keepAlive);
    }

    private void prune() {
        Instant now = Instant.now();
        loaded.values().removeIf(r -> !r.expiresAt().isAfter(now));
    }

    private void evictOne() {
        loaded.values().stream().min(Comparator.comparing(Runner::expiresAt))
                .ifPresent(r -> loaded.remove(ModelStore.key(r.model().name())));
    }

    private long vramUsed() {
        return loaded.values().stream().mapToLong(r -> r.plan().sizeVram()).sum();
    }

    private long ramUsed() {
        return loaded.values().stream().mapToLong(r -> r.plan().cpuBytes()).sum();
    }
}
