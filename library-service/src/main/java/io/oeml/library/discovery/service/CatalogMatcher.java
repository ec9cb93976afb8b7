package io.oeml.library.discovery.service;

import java.util.Optional;

import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.ollama.client.model.ModelSummary;

/**
 * Whether an installed model is a catalog model: the same {@code name:tag} (a bare name meaning {@code :latest}), or the
 * same manifest digest as a catalog row (its 12-hex prefix, as ollama.com shows it), which catches aliases.
 */
public final class CatalogMatcher {

    private CatalogMatcher() {
    }

    public static Optional<CatalogEntry> match(ModelSummary installed, CatalogIndex catalog) {
        Optional<CatalogEntry> byName = catalog.find(installed.name());
        if (byName.isPresent() || installed.digest() == null || installed.digest().length() < 12) {
            return byName;
        }
        String prefix = installed.digest().replace("sha256:", "").substring(0, 12);
        return catalog.entries().stream()
                .filter(e -> e.facts().facts().stream()
                        .anyMatch(f -> f.name().equals("digest") && prefix.equalsIgnoreCase(String.valueOf(f.value()))))
                .findFirst();
    }
}
