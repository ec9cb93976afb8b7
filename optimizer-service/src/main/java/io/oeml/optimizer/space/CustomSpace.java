package io.oeml.optimizer.space;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.oeml.optimizer.search.space.Parameter;
import io.oeml.optimizer.search.space.SearchSpace;

/**
 * A user's own space and fixed options, validated against {@link OllamaOption}: known names, types that match the
 * option, bounds and values inside its documented range, no option both searched and fixed.
 *
 * @param fixed every fixed option in Ollama's JSON type (see {@link OllamaOptions}), sent with every trial
 */
public record CustomSpace(SearchSpace space, Map<String, Object> fixed) {

    public CustomSpace {
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
    }

    /** @throws InvalidCustomSpaceException listing every problem, each naming its field */
    public static CustomSpace of(List<CustomParameter> parameters, Map<String, Object> fixed) {
        List<SpaceProblem> problems = new ArrayList<>();
        Map<String, Object> typedFixed = fixed(fixed == null ? Map.of() : fixed, problems);
        List<Parameter> searched = new ArrayList<>();
        if (parameters == null || parameters.isEmpty()) {
            problems.add(new SpaceProblem("parameters", "a custom space needs at least one parameter"));
        } else {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < parameters.size(); i++) {
                Optional<Parameter> parameter = new CustomParameterReader(i, problems).read(parameters.get(i));
                if (parameter.isEmpty()) {
                    continue;
                }
                String name = parameter.get().name();
                if (!names.add(name)) {
                    problems.add(new SpaceProblem("parameters[" + i + "].name", "'" + name + "' is defined twice"));
                } else if (typedFixed.containsKey(name)) {
                    problems.add(new SpaceProblem("fixed." + name, "is also searched (parameters[" + i + "])"));
                } else {
                    searched.add(parameter.get());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCustomSpaceException(problems);
        }
        return new CustomSpace(new SearchSpace(searched), typedFixed);
    }

    private static Map<String, Object> fixed(Map<String, Object> fixed, List<SpaceProblem> problems) {
        Map<String, Object> typed = new LinkedHashMap<>();
        fixed.forEach((name, value) -> {
            String field = "fixed." + name;
            Optional<OllamaOption> option = OllamaOption.fromWire(name);
            if (option.isEmpty()) {
                problems.add(new SpaceProblem(field, "unknown option '" + name + "'; known: " + OllamaOption.known()));
                return;
            }
            Optional<Object> typedValue = OptionValues.typed(option.get(), value);
            if (typedValue.isEmpty() || value instanceof String) {
                problems.add(new SpaceProblem(field, name + " takes " + OptionValues.typeName(option.get()) + ", not "
                        + value));
            } else if (!OptionValues.inRange(option.get(), typedValue.get())) {
                problems.add(new SpaceProblem(field, value + " is outside " + name + "'s documented range "
                        + OptionValues.range(option.get())));
            } else {
                typed.put(name, typedValue.get());
            }
        });
        return typed;
    }
}
