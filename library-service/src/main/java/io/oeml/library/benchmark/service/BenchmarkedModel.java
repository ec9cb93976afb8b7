package io.oeml.library.benchmark.service;

import java.util.Locale;

import io.oeml.library.catalog.model.CatalogEntry;

/**
 * Whether a model benchmarked on a host (named as installed) is a catalog model: the same {@code name:tag} (a bare name
 * meaning {@code :latest}), the same manifest digest prefix (as discovery matches), or a local build named
 * {@code <name>-<tag>} (how a GGUF of a catalog model is often created, e.g. {@code smollm2-135m} for
 * {@code smollm2:135m}; its quantization may differ, which the speed's {@code model} field shows).
 */
final class BenchmarkedModel {

    private BenchmarkedModel() {
    }

    static boolean is(String installed, String digest, CatalogEntry entry) {
        String name = withoutLatest(installed);
        String catalogName = withoutLatest(entry.name());
        if (name.equals(catalogName) || name.equals(catalogName.replace(':', '-'))) {
            return true;
        }
        if (digest == null || digest.replace("sha256:", "").length() < 12) {
            return false;
        }
        String prefix = digest.replace("sha256:", "").substring(0, 12);
        return entry.facts().facts().stream()
                .anyMatch(f -> f.name().equals("digest") && prefix.equalsIgnoreCase(String.valueOf(f.value())));
    }

    private static String withoutLatest(String model) {
        String lower = model.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(":latest") ? lower.substring(0, lower.length() - ":latest".length()) : lower;
    }
}
