package io.oeml.finetune.backend;

import io.oeml.finetune.trainer.TrainerEvent;

/** Receives a run's progress as it happens, on the thread reading the trainer; must not block for long. */
@FunctionalInterface
public interface TrainingListener {

    void onEvent(TrainerEvent event);
}
