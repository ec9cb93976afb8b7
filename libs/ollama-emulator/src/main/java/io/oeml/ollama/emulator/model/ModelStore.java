package io.oeml.ollama.emulator.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Installed models and the emulated registry, keyed case-insensitively by {@code [host/][namespace/]model:tag}. */
public final class ModelStore {

    private static final Pattern NAME = Pattern.compile(
            "^(?:[a-zA-Z0-9][a-zA-Z0-9._-]*(?::[0-9]+)?/)?(?:[a-zA-Z0-9][a-zA-Z0-9._-]*/)?"
                    + "[a-zA-Z0-9][a-zA-Z0-9._-]*(?::[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127})?$");
    private static final String DEFAULT_PREFIX = "registry.ollama.ai/library/";

    private final Map<String, InstalledModel> installed = new ConcurrentHashMap<>();
    private final Map<String, InstalledModel> registry = new ConcurrentHashMap<>();

    public ModelStore(List<SeedCatalog.Seed> seeds) {
        for (SeedCatalog.Seed s : seeds) {
            registry.put(key(s.model().name()), s.model());
            if (s.installed()) {
                installed.put(key(s.model().name()), s.model());
            }
        }
    }

    public static boolean validName(String name) {
        return name != null && !name.isBlank() && name.length() <= 350 && NAME.matcher(name).matches();
    }

    /** {@code Llama3.1} → {@code llama3.1:latest}; the default registry host and namespace are dropped. */
    public static String displayName(String name) {
        String n = name.trim();
        if (n.toLowerCase(Locale.ROOT).startsWith(DEFAULT_PREFIX)) {
            n = n.substring(DEFAULT_PREFIX.length());
        }
        int slash = n.lastIndexOf('/');
        return n.indexOf(':', slash + 1) < 0 ? n + ":latest" : n;
    }

    public static String key(String name) {
        return displayName(name).toLowerCase(Locale.ROOT);
    }

    public Optional<InstalledModel> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(installed.get(key(name)));
    }

    public Optional<InstalledModel> registryEntry(String name) {
        return Optional.ofNullable(registry.get(key(name)));
    }

    public void put(InstalledModel model) {
        installed.put(key(model.name()), model);
    }

    public boolean remove(String name) {
        return installed.remove(key(name)) != null;
    }

    /** Newest {@code modified_at} first, as {@code /api/tags} lists them. */
    public List<InstalledModel> list() {
        List<InstalledModel> all = new ArrayList<>(installed.values());
        all.sort(Comparator.comparing(InstalledModel::modifiedAt).reversed().thenComparing(InstalledModel::name));
        return all;
    }

    public boolean blobReferenced(String digest) {
        return installed.values().stream().anyMatch(m -> digest.equals(m.modelBlobDigest())
                || digest.equals(m.adapterDigest()));
    }
}
