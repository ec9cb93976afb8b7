package io.oeml.optimizer.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.oeml.ollama.client.version.OllamaVersion;
import io.oeml.ollama.client.version.VersionRules;
import io.oeml.optimizer.space.OllamaOption;
import io.oeml.optimizer.space.OptionValues;

/**
 * Writes best parameters as a {@link Modelfile}. Ollama's Modelfile parser ({@code api.FormatParams}) takes every
 * field of its {@code Options}, so every option this service searches or fixes ({@link OllamaOption}: sampling and
 * load-time alike) becomes a {@code PARAMETER} line, typed as Ollama checks it. Skipped, each with its reason: a
 * value not of the option's type; an Ollama option this service does not set (its type is not known here); a name
 * current Ollama does not know (a removed option such as {@code mirostat}, or an external session's own parameter),
 * which would fail {@code ollama create} with {@code unknown parameter}.
 */
public final class ModelfileExport {

    /** A development build counts as the newest release: the current option list. */
    private static final OllamaVersion CURRENT = OllamaVersion.parse("0.0.0");

    private ModelfileExport() {
    }

    /** @throws InvalidModelNameException for a blank base model or one with white space (it would break the FROM line) */
    public static Modelfile of(String model, Map<String, Object> parameters) {
        if (model == null || model.isBlank() || model.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidModelNameException("from", "the base model must be a model name, got '" + model + "'");
        }
        List<ModelfileParameter> written = new ArrayList<>();
        List<SkippedParameter> skipped = new ArrayList<>();
        parameters.forEach((name, value) -> {
            Optional<OllamaOption> option = OllamaOption.fromWire(name);
            if (option.isEmpty()) {
                skipped.add(new SkippedParameter(name, value, unset(name)));
                return;
            }
            Optional<Object> typed = value == null ? Optional.empty() : OptionValues.typed(option.get(), value);
            typed.ifPresentOrElse(v -> written.add(ModelfileParameter.of(name, v)),
                    () -> skipped.add(new SkippedParameter(name, value, "not a value of type "
                            + option.get().kind().name().toLowerCase(Locale.ROOT) + ", as " + name + " takes")));
        });
        return new Modelfile(model, written, skipped);
    }

    private static String unset(String name) {
        return VersionRules.optionSupported(CURRENT, name)
                ? "an Ollama option this service neither searches nor fixes, so its type is not checked here"
                : "not an option of current Ollama: ollama create would fail with unknown parameter '" + name + "'";
    }
}
