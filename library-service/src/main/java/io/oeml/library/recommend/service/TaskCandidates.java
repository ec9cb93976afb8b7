package io.oeml.library.recommend.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.oeml.estimator.memory.EstimateBound;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.recommend.model.TaskType;

/**
 * What one catalog snapshot offers each task, worked out once per snapshot and task instead of once per request: the
 * models with the task's capability, best published quality first, each with its quality and the bound of its estimate.
 */
final class TaskCandidates {

    /**
     * @param position index in the catalog snapshot, the last tie-break of the ranking (as a stable sort keeps it)
     * @param quality the task quality, null when unpublished
     */
    record Prospect(CatalogEntry entry, int position, Double quality, EstimateBound bound) {

        double qualityTerm() {
            return quality == null ? 0 : quality;
        }
    }

    private final List<CatalogEntry> catalog;
    private final Map<TaskType, List<Prospect>> byTask = new ConcurrentHashMap<>();

    TaskCandidates(List<CatalogEntry> catalog) {
        this.catalog = catalog;
    }

    /** Whether this was built from that very snapshot (the index replaces its list whole on every change). */
    boolean isOf(List<CatalogEntry> snapshot) {
        return catalog == snapshot;
    }

    /** The task's prospects by descending quality (unpublished counted as 0, as the rank does). */
    List<Prospect> forTask(TaskType task) {
        return byTask.computeIfAbsent(task, this::prospects);
    }

    private List<Prospect> prospects(TaskType task) {
        List<Prospect> prospects = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) {
            CatalogEntry entry = catalog.get(i);
            if (entry.facts().capabilities().stream().anyMatch(c -> c.equalsIgnoreCase(task.requiredCapability()))) {
                prospects.add(new Prospect(entry, i, RecommendationService.quality(task, entry), EstimateBound.of(entry.spec())));
            }
        }
        prospects.sort(Comparator.comparingDouble(Prospect::qualityTerm).reversed());
        return List.copyOf(prospects);
    }
}
