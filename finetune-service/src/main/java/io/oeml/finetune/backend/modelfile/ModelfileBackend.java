package io.oeml.finetune.backend.modelfile;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.backend.BackendName;
import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.TrainingBackend;
import io.oeml.finetune.backend.TrainingListener;
import io.oeml.finetune.backend.TrainingRequest;
import io.oeml.finetune.backend.TrainingRun;
import io.oeml.finetune.dataset.TokenCounter;
import io.oeml.finetune.deploy.DeployConfig;
import io.oeml.finetune.evaluation.AnswersConfig;
import io.oeml.finetune.host.FinetuneHostsConfig;
import io.oeml.ollama.client.OllamaClients;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * {@code modelfile}: changes no weights. Chooses a SYSTEM prompt and few-shot MESSAGE examples from the training data
 * by their score on the validation split, measured through the host's Ollama, for a derived model of the base.
 */
@ApplicationScoped
public class ModelfileBackend implements TrainingBackend {

    private final OllamaClients clients;
    private final FinetuneHostsConfig hosts;
    private final DeployConfig config;
    private final AnswersConfig answers;

    public ModelfileBackend(OllamaClients clients, FinetuneHostsConfig hosts, DeployConfig config,
            AnswersConfig answers) {
        this.clients = clients;
        this.hosts = hosts;
        this.config = config;
        this.answers = answers;
    }

    @Override
    public BackendName name() {
        return BackendName.MODELFILE;
    }

    /** Any base the host has will do: nothing is trained, the base only answers prompts. */
    @Override
    public void checkTrainable(BaseModel base) {
        // The base was found on the host by the lookup before this is asked; there is nothing more to refuse.
    }

    @Override
    public Optional<TokenCounter> tokenCounter(BaseModel base) {
        return Optional.empty();
    }

    @Override
    public TrainingRun start(TrainingRequest request, TrainingListener listener) {
        return new ModelfileRun(request, listener, clients.forBaseUrl(hosts.localBaseUrl()), config.modelfile(),
                answers, Infrastructure.getDefaultWorkerPool());
    }
}
