package io.oeml.finetune.backend;

import java.util.Optional;

import io.oeml.finetune.dataset.TokenCounter;

/** One way of producing a tuned model. Implementations are CDI beans; a job chooses one by {@link #name()}. */
public interface TrainingBackend {

    BackendName name();

    /** Refuses a base this backend cannot train, before the job is queued. */
    void checkTrainable(BaseModel base) throws BaseNotTrainableException;

    /** Real tokenization with the base's tokenizer, when the backend can offer it. */
    Optional<TokenCounter> tokenCounter(BaseModel base);

    /** Starts the run and returns at once; blocking set-up belongs in the run, not here. */
    TrainingRun start(TrainingRequest request, TrainingListener listener);
}
