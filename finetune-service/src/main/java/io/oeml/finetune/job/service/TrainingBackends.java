package io.oeml.finetune.job.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.oeml.finetune.backend.BackendName;
import io.oeml.finetune.backend.TrainingBackend;

/** The training backends this service has, chosen per job by name. */
@ApplicationScoped
public class TrainingBackends {

    private final Instance<TrainingBackend> backends;

    public TrainingBackends(Instance<TrainingBackend> backends) {
        this.backends = backends;
    }

    public Optional<TrainingBackend> of(BackendName name) {
        return backends.stream().filter(backend -> backend.name() == name).findFirst();
    }

    public TrainingBackend require(String wire) {
        return BackendName.fromWire(wire).flatMap(this::of)
                .orElseThrow(() -> new IllegalStateException("no training backend " + wire + " in this service"));
    }
}
