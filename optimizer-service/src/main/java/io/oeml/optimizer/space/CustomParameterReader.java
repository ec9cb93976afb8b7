package io.oeml.optimizer.space;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.InvalidSpaceException;
import io.oeml.optimizer.search.space.Parameter;

/** Turns one {@link CustomParameter} into a search parameter, or adds the problems naming its fields. */
final class CustomParameterReader {

    private final String prefix;
    private final List<SpaceProblem> problems;

    CustomParameterReader(int index, List<SpaceProblem> problems) {
        this.prefix = "parameters[" + index + "]";
        this.problems = problems;
    }

    Optional<Parameter> read(CustomParameter custom) {
        if (custom == null) {
            return problem("", "must be an object {name, type, low, high, log, choices}");
        }
        Optional<OllamaOption> option = OllamaOption.fromWire(custom.name());
        if (option.isEmpty()) {
            return problem(".name", "unknown option '" + custom.name() + "'; known: " + OllamaOption.known());
        }
        String type = custom.type();
        if (!"float".equals(type) && !"int".equals(type) && !"categorical".equals(type)) {
            return problem(".type", "must be float, int or categorical, not '" + type + "'");
        }
        if (!"categorical".equals(type) && !type.equals(numericType(option.get()))) {
            return problem(".type", custom.name() + " takes " + OptionValues.typeName(option.get()) + ": use "
                    + (option.get().kind() == OllamaOption.Kind.BOOLEAN ? "categorical"
                            : numericType(option.get()) + " or categorical"));
        }
        return "categorical".equals(type) ? categorical(custom, option.get()) : numeric(custom, option.get());
    }

    private Optional<Parameter> numeric(CustomParameter custom, OllamaOption option) {
        int before = problems.size();
        Optional<Object> low = bound(".low", custom.low(), option);
        Optional<Object> high = bound(".high", custom.high(), option);
        if (problems.size() > before) {
            return Optional.empty();
        }
        boolean log = Boolean.TRUE.equals(custom.log());
        try {
            return Optional.of(option.kind() == OllamaOption.Kind.FLOAT
                    ? new FloatParameter(custom.name(), (Double) low.orElseThrow(), (Double) high.orElseThrow(), log)
                    : new IntParameter(custom.name(), (Integer) low.orElseThrow(), (Integer) high.orElseThrow(), log));
        } catch (InvalidSpaceException invalid) {
            return problem("", invalid.getMessage());
        }
    }

    private Optional<Object> bound(String field, Double value, OllamaOption option) {
        if (value == null) {
            problem(field, "required for a " + numericType(option) + " parameter");
            return Optional.empty();
        }
        Optional<Object> typed = OptionValues.typed(option, value);
        if (typed.isEmpty()) {
            problem(field, option.wireName() + " takes " + OptionValues.typeName(option) + ", not " + value);
        } else if (!OptionValues.inRange(option, typed.get())) {
            problem(field, value + " is outside " + option.wireName() + "'s documented range "
                    + OptionValues.range(option));
            return Optional.empty();
        }
        return typed;
    }

    private Optional<Parameter> categorical(CustomParameter custom, OllamaOption option) {
        if (custom.choices() == null || custom.choices().isEmpty()) {
            return problem(".choices", "a categorical needs at least one choice");
        }
        int before = problems.size();
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < custom.choices().size(); i++) {
            String choice = custom.choices().get(i);
            Optional<Object> typed = OptionValues.typed(option, choice);
            if (typed.isEmpty()) {
                problem(".choices[" + i + "]", option.wireName() + " takes " + OptionValues.typeName(option) + ", not '"
                        + choice + "'");
            } else if (!OptionValues.inRange(option, typed.get())) {
                problem(".choices[" + i + "]", choice + " is outside " + option.wireName() + "'s documented range "
                        + OptionValues.range(option));
            } else {
                choices.add(String.valueOf(typed.get()));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CategoricalParameter(custom.name(), choices));
        } catch (InvalidSpaceException invalid) {
            return problem(".choices", invalid.getMessage());
        }
    }

    private static String numericType(OllamaOption option) {
        return switch (option.kind()) {
            case FLOAT -> "float";
            case INT -> "int";
            case BOOLEAN -> "categorical";
        };
    }

    private <T> Optional<T> problem(String field, String message) {
        problems.add(new SpaceProblem(prefix + field, message));
        return Optional.empty();
    }
}
