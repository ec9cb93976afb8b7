package io.oeml.library.estimate.service;

import io.oeml.errors.DomainException;

/** A {@code quantization} option that contradicts the one the model's tag names ({@code ...-q8_0} with Q4_K_M). */
public class ConflictingQuantizationException extends DomainException {

    public ConflictingQuantizationException(String model, String tagged, String requested) {
        super(Kind.INVALID_INPUT, "parameter 'quantization' '" + requested + "' contradicts the tag of '" + model + "' ("
                + tagged + ")");
    }
}
