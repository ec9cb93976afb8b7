package io.oeml.finetune.job;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.BaseModelLookup;
import io.oeml.finetune.backend.BaseModelNotFoundException;
import io.smallrye.mutiny.Uni;

/** A host with two llama models (the seed's example base among them) and a gemma3 one. */
@Alternative
@ApplicationScoped
public class TestBaseModels implements BaseModelLookup {

    public static final String LLAMA = "llama3.1:8b";
    public static final String GEMMA = "gemma3:1b";

    private static final Map<String, String> ARCHITECTURES = Map.of(LLAMA, "llama", "smollm2:135m", "llama",
            GEMMA, "gemma3");

    @Override
    public Uni<BaseModel> find(String host, String name) {
        String architecture = ARCHITECTURES.get(name);
        if (architecture == null) {
            return Uni.createFrom().failure(new BaseModelNotFoundException(host, name));
        }
        return Uni.createFrom().item(new BaseModel(name, host, architecture, 8192, "{{ .Prompt }}", List.of(), null,
                null, "8B", "Q4_K_M"));
    }
}
