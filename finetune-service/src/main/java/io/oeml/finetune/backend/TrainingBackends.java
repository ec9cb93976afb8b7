package io.oeml.finetune.backend;

import java.util.Comparator;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;


/**
 * The training backends this service has, chosen per job by name. An enabled alternative for a name (a test's
 * double, a deployment's replacement) wins over the default bean of that name.
 */
@ApplicationScoped
public class TrainingBackends {

    private final Instance<TrainingBackend> backends;

    public TrainingBackends(Instance<TrainingBackend> backends) {
        this.backends = backends;
    }

    public Optional<TrainingBackend> of(BackendName name) {
        return backends.handlesStream().filter(handle -> handle.get().name() == name)
                .sorted(Comparator.comparing(handle -> !handle.getBean().isAlternative()))
                .map(Instance.Handle::get).findFirst();
    }

    public TrainingBackend require(String wire) {
        return BackendName.fromWire(wire).flatMap(this::of)
                .orElseThrow(() -> new IllegalStateException("no training backend " + wire + " in this service"));
    }
}
