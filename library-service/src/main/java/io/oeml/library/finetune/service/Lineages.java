package io.oeml.library.finetune.service;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.finetune.repository.FineTunedModelRepository;
import io.smallrye.mutiny.Uni;

/** The fine-tuning side of a model's detail: its own lineage when it is a fine-tuned model, and its derivatives. */
@ApplicationScoped
public class Lineages {

    private static final String LATEST = ":latest";

    private final FineTunedModelRepository models;
    private final CatalogIndex index;

    public Lineages(FineTunedModelRepository models, CatalogIndex index) {
        this.models = models;
        this.index = index;
    }

    /** Two queries, one after the other, in the caller's session. */
    public Uni<ModelLineage> of(CatalogEntry entry) {
        return models.named(entry.name()).chain(own -> models.derivedFrom(namesOf(entry.name()))
                .map(derived -> new ModelLineage(
                        own == null ? null : Lineage.of(own, index.find(own.baseModel).isPresent()),
                        derived.stream().map(FineTunedVersion::of).toList())));
    }

    /** A job may name a {@code :latest} base by its bare name, as Ollama does. */
    private static List<String> namesOf(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(LATEST)
                ? List.of(name, name.substring(0, name.length() - LATEST.length()))
                : List.of(name);
    }

    /**
     * @param lineage null unless the model is a fine-tuned one
     * @param fineTuned the models fine-tuned from this one, by name and version
     */
    public record ModelLineage(Lineage lineage, List<FineTunedVersion> fineTuned) {
    }
}
