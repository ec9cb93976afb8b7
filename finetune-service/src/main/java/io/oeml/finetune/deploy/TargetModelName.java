package io.oeml.finetune.deploy;

import java.util.Locale;

import io.oeml.ollama.client.model.ModelNames;

/**
 * A {@code target_model_name}: a local model name without a tag (the tag is the version, {@code :vN}), kept in lower
 * case because Ollama matches names case-insensitively (so {@code Bot:v1} would overwrite {@code bot:v1}).
 */
public final class TargetModelName {

    private TargetModelName() {
    }

    /** @throws InvalidTargetModelNameException for a name Ollama would refuse or one with its own tag */
    public static String normalise(String name) {
        if (!ModelNames.isLocalName(name)) {
            throw new InvalidTargetModelNameException("'" + name + "' is not a model name: " + ModelNames.LOCAL_NAME_RULE);
        }
        if (ModelNames.hasTag(name)) {
            throw new InvalidTargetModelNameException("'" + name + "' has a tag; the tag is the version (:v1, :v2, ...)"
                    + " that deployment gives it");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** {@code target:vN}. */
    public static String versioned(String target, int version) {
        return target + ":v" + version;
    }
}
