package io.oeml.finetune.deploy;

import io.oeml.errors.DomainException;

/** A target model name Ollama would refuse: 400, naming the parameter. */
public class InvalidTargetModelNameException extends DomainException {

    public InvalidTargetModelNameException(String problem) {
        super(Kind.INVALID_INPUT, "parameter 'target_model_name' " + problem);
    }
}
