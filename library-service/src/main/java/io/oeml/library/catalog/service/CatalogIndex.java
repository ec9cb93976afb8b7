package io.oeml.library.catalog.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.NoSuchModelException;

/**
 * The catalog in memory: read-mostly, so every read works on an immutable snapshot that a load or a discovery
 * replaces whole. Postgres stays the system of record.
 */
@ApplicationScoped
public class CatalogIndex {

    private volatile Snapshot snapshot = new Snapshot(List.of(), Map.of());

    public List<CatalogEntry> entries() {
        return snapshot.entries();
    }

    /** Exact {@code name:tag}, case-insensitive; a bare name means its {@code :latest} tag. */
    public Optional<CatalogEntry> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        CatalogEntry entry = snapshot.byName().get(key);
        if (entry == null && !key.contains(":")) {
            entry = snapshot.byName().get(key + ":latest");
        }
        return Optional.ofNullable(entry);
    }

    /** {@link #find}, or a {@link NoSuchModelException} naming the model. */
    public CatalogEntry get(String name) {
        return find(name).orElseThrow(() -> NoSuchModelException.named(name));
    }

    /** Every named model in the order given, or a {@link NoSuchModelException} naming each unknown one. */
    public List<CatalogEntry> getAll(Collection<String> names) {
        List<CatalogEntry> entries = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            find(name).ifPresentOrElse(entries::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw NoSuchModelException.among(unknown);
        }
        return entries;
    }

    public void replace(List<CatalogEntry> entries) {
        List<CatalogEntry> sorted = entries.stream().sorted(Comparator.comparing(CatalogEntry::name)).toList();
        Map<String, CatalogEntry> byName = new LinkedHashMap<>();
        sorted.forEach(e -> byName.put(e.name().toLowerCase(Locale.ROOT), e));
        snapshot = new Snapshot(sorted, Map.copyOf(byName));
    }

    private record Snapshot(List<CatalogEntry> entries, Map<String, CatalogEntry> byName) {
    }
}
