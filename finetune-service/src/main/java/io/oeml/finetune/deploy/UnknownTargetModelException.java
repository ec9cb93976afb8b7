package io.oeml.finetune.deploy;

import io.oeml.errors.DomainException;

/** No version of that name the caller may see (none deployed, or another owner's): 404. */
public class UnknownTargetModelException extends DomainException {

    public UnknownTargetModelException(String targetModelName) {
        super(Kind.NOT_FOUND, "no deployed model '" + targetModelName + "'");
    }
}
