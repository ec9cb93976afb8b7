package io.oeml.optimizer.results;

/** The host already has a model of the derived model's name, which creating would overwrite: a 409. */
public class DerivedModelExistsException extends RuntimeException {

    public DerivedModelExistsException(String hostId, String model) {
        super("host " + hostId + " already has a model '" + model + "'; choose another name or delete it first");
    }
}
