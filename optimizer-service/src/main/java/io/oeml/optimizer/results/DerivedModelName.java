package io.oeml.optimizer.results;

import io.oeml.ollama.client.model.ModelNames;

/** The name of a derived model: a local Ollama name ({@link ModelNames#isLocalName}) that is not the base model's. */
final class DerivedModelName {

    private DerivedModelName() {
    }

    /** @throws InvalidModelNameException naming the field {@code model_name} */
    static void requireValid(String name, String baseModel) {
        if (!ModelNames.isLocalName(name)) {
            throw new InvalidModelNameException("model_name", "'" + name + "' is not a model name: "
                    + ModelNames.LOCAL_NAME_RULE);
        }
        // Ollama matches names case-insensitively with the tag defaulting to latest
        if (ModelNames.same(name, baseModel)) {
            throw new InvalidModelNameException("model_name", "'" + name + "' would replace the base model "
                    + baseModel + "; choose a new name");
        }
    }
}
