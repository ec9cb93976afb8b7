package io.oeml.finetune.backend.ollama;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.BaseModelLookup;
import io.oeml.finetune.backend.BaseModelNotFoundException;
import io.oeml.finetune.host.FinetuneHostsConfig;
import io.oeml.ollama.client.OllamaClients;
import io.oeml.ollama.client.error.ModelNotFoundException;
import io.oeml.ollama.client.model.ModelDetails;
import io.oeml.ollama.client.model.ShowResponse;
import io.smallrye.mutiny.Uni;

/**
 * Base models as the local Ollama host describes them ({@code POST /api/show}): architecture and context length
 * from {@code model_info}, template, {@code stop} and system to carry over, and the GGUF weights when the Modelfile's
 * {@code FROM} blob is readable from this machine (the trainers read it there).
 */
@ApplicationScoped
public class OllamaBaseModels implements BaseModelLookup {

    private final OllamaClients clients;
    private final FinetuneHostsConfig hosts;

    public OllamaBaseModels(OllamaClients clients, FinetuneHostsConfig hosts) {
        this.clients = clients;
        this.hosts = hosts;
    }

    @Override
    public Uni<BaseModel> find(String host, String name) {
        if (!hosts.localHost().equals(host)) {
            return Uni.createFrom().failure(new BaseModelNotFoundException(host, name));
        }
        return clients.forBaseUrl(hosts.localBaseUrl()).show(name)
                .map(shown -> baseModel(host, name, shown))
                .onFailure(ModelNotFoundException.class)
                .transform(e -> new BaseModelNotFoundException(host, name));
    }

    static BaseModel baseModel(String host, String name, ShowResponse shown) {
        Long contextLength = shown.info(".context_length");
        ModelDetails details = shown.details();
        return new BaseModel(name, host, shown.architecture(),
                contextLength == null ? 0 : Math.toIntExact(contextLength),
                shown.template(),
                List.copyOf(shown.parameterMap().getOrDefault("stop", List.of())),
                shown.system(),
                ModelfileWeights.readable(shown.modelfile()),
                details == null ? null : details.parameterSize(),
                details == null ? null : details.quantizationLevel());
    }
}
