package io.oeml.finetune.dataset.rest;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.BaseModelLookup;
import io.oeml.finetune.backend.BaseModelNotFoundException;
import io.smallrye.mutiny.Uni;

/** Base models without Ollama: two known ones with the contexts the tests need, every other name unknown. */
@Alternative
@ApplicationScoped
public class FixedBaseModels implements BaseModelLookup {

    public static final String TINY_CONTEXT = "tiny-context:1";
    public static final String ROOMY = "roomy:1";

    private static final Map<String, Integer> CONTEXTS = Map.of(TINY_CONTEXT, 8, ROOMY, 4096);

    @Override
    public Uni<BaseModel> find(String host, String name) {
        Integer context = CONTEXTS.get(name);
        if (context == null) {
            return Uni.createFrom().failure(new BaseModelNotFoundException(host, name));
        }
        return Uni.createFrom().item(new BaseModel(name, host, "llama", context, "{{ .Prompt }}", List.of(), null, null,
                "1M", "F32"));
    }
}
