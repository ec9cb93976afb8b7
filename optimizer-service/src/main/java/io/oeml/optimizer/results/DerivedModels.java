package io.oeml.optimizer.results;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaClients;
import io.oeml.ollama.client.error.ModelNotFoundException;
import io.oeml.ollama.client.model.CreateRequest;
import io.oeml.optimizer.host.TrialHost;
import io.smallrye.mutiny.Uni;

/**
 * Applies best parameters by creating a derived model on a host: {@code POST /api/create} with {@code from} the base
 * model and {@code parameters} the options a Modelfile would carry ({@link ModelfileExport}), so the model answers
 * with the session's best options without any request options.
 */
@ApplicationScoped
public class DerivedModels {

    private final OllamaClients clients;

    public DerivedModels(OllamaClients clients) {
        this.clients = clients;
    }

    /**
     * Fails with {@link InvalidModelNameException} for a bad or base-replacing name, {@link DerivedModelExistsException}
     * when the host has a model of that name already (creating would overwrite it), {@code ModelNotFoundException}
     * when the host does not have the base model, and the client's other {@code OllamaException}s.
     */
    public Uni<DerivedModel> create(TrialHost host, String baseModel, String modelName,
                                    Map<String, Object> parameters) {
        Modelfile modelfile;
        try {
            modelfile = ModelfileExport.of(baseModel, parameters);
            DerivedModelName.requireValid(modelName, baseModel);
        } catch (InvalidModelNameException invalid) {
            return Uni.createFrom().failure(invalid);
        }
        OllamaClient ollama = clients.forBaseUrl(host.baseUrl());
        CreateRequest.Builder request = CreateRequest.builder(modelName).from(baseModel);
        modelfile.values().forEach(request::parameter);
        // /api/create pulls a `from` it does not have from the registry: a base model missing here fails instead.
        return ollama.show(baseModel)
                .flatMap(base -> requireAbsent(ollama, host, modelName))
                .flatMap(absent -> ollama.create(request.build()))
                .map(done -> new DerivedModel(host.hostId(), modelName, baseModel, modelfile));
    }

    private static Uni<Void> requireAbsent(OllamaClient ollama, TrialHost host, String modelName) {
        return ollama.show(modelName)
                .onItem().<Void>transform(present -> {
                    throw new DerivedModelExistsException(host.hostId(), modelName);
                })
                .onFailure(ModelNotFoundException.class).recoverWithNull();
    }
}
