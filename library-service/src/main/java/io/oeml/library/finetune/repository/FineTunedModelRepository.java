package io.oeml.library.finetune.repository;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.finetune.FineTunedModel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Names are matched case-insensitively, as the catalog matches them. */
@ApplicationScoped
@WithSession
public class FineTunedModelRepository implements PanacheRepositoryBase<FineTunedModel, String> {

    /** The fine-tuned model of this name, or null when the name is not one. */
    public Uni<FineTunedModel> named(String model) {
        return find("lower(model) = ?1", model.toLowerCase(Locale.ROOT)).firstResult();
    }

    /** The models fine-tuned from a base known by any of these names, by target name and version. */
    public Uni<List<FineTunedModel>> derivedFrom(Collection<String> baseNames) {
        List<String> lowered = baseNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        return list("lower(baseModel) in ?1 order by targetModelName, version", lowered);
    }
}
