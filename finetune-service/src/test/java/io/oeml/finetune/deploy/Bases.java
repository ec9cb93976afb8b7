package io.oeml.finetune.deploy;

import java.time.Duration;
import java.util.List;

import io.oeml.finetune.backend.BaseModel;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.model.ShowResponse;

/** A base model as the host describes it, the way the job's base lookup gives it to deployment. */
final class Bases {

    private Bases() {
    }

    static BaseModel on(OllamaClient ollama, String name) {
        ShowResponse show = ollama.show(name).await().atMost(Duration.ofMinutes(1));
        Long context = show.info(".context_length");
        return new BaseModel(name, "local", show.architecture(), context == null ? 0 : context.intValue(),
                show.template(), show.parameterMap().getOrDefault("stop", List.of()), show.system(), null,
                show.details() == null ? null : show.details().parameterSize(),
                show.details() == null ? null : show.details().quantizationLevel());
    }
}
