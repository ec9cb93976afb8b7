package io.oeml.optimizer.results;

import io.oeml.ollama.client.model.ModelNames;

/** The name of a derived model: a local model name ({@link ModelNames#validLocalName}) that is not the base's. */
final class DerivedModelName {

    private DerivedModelName() {
    }

    /** @throws InvalidModelNameException naming the field {@code model_name} */
    static void requireValid(String name, String baseModel) {
        if (!ModelNames.validLocalName(name)) {
            throw new InvalidModelNameException("model_name", "'" + name + "' is not a model name: "
                    + ModelNames.LOCAL_NAME_RULE);
        }
        if (ModelNames.same(name, baseModel)) {
            throw new InvalidModelNameException("model_name", "'" + name + "' would replace the base model "
                    + baseModel + "; choose a new name");
        }
    }
}
