package io.oeml.optimizer.session.service;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.evaluation.suite.ModelType;
import io.oeml.evaluation.suite.SuiteParser;
import io.oeml.optimizer.objective.Constraints;
import io.oeml.optimizer.objective.Objective;
import io.oeml.optimizer.search.cli.ParameterSpec;
import io.oeml.optimizer.search.space.InvalidSpaceException;
import io.oeml.optimizer.search.space.Parameter;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.StrategyName;
import io.oeml.optimizer.session.SessionConfig;
import io.oeml.optimizer.space.CustomParameter;
import io.oeml.optimizer.space.CustomSpace;
import io.oeml.optimizer.space.InvalidCustomSpaceException;
import io.oeml.optimizer.space.SpaceProblem;

/**
 * Checks a create request field by field: a field that is malformed or out of range is a 400 naming it; a space is
 * checked whole (every problem in one 422, {@link InvalidCustomSpaceException}), and so is a suite (with line numbers,
 * {@code InvalidSuiteException}).
 */
@ApplicationScoped
public class SessionDefinitions {

    private static final double GIB = 1024.0 * 1024 * 1024;

    private final SessionConfig config;
    private final ObjectMapper json;

    public SessionDefinitions(SessionConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** The JSON form of a space: its parameters and the options fixed for every trial. */
    public record SpaceForm(List<CustomParameter> parameters, Map<String, Object> fixed) {
    }

    public SessionDefinition parse(CreateSession form) {
        boolean external = bool("external", form.external());
        String modelName = blankToNull(form.modelName());
        if (external && modelName != null) {
            throw SessionException.invalid("model_name", "is not for an external session, which runs nothing on Ollama");
        }
        if (!external && modelName == null) {
            throw SessionException.invalid("model_name", "is required (or create an external session with external=true)");
        }
        ModelType modelType = modelType(form.modelType(), external);
        StrategyName strategy = strategy(form.strategy());
        List<String> objectives = objectives(form.objective(), form.objectives(), external);
        Constraints constraints = constraints(form, external);
        int maxIterations = intIn("max_iterations", form.maxIterations(), config.defaultIterations(), 1,
                config.maxIterations());
        int timeout = intIn("timeout_minutes", form.timeoutMinutes(), config.timeoutMinutes(), 1, config.timeoutMinutes());
        Integer parallelism = blankToNull(form.parallelism()) == null ? null
                : intIn("parallelism", form.parallelism(), 1, 1, config.maxAskCount());
        long seed = blankToNull(form.seed()) == null ? ThreadLocalRandom.current().nextLong() : longValue("seed", form.seed());
        String suite = suite(form.suite(), external);
        SpaceForm spaceForm = spaceForm(form.space(), external);
        if (spaceForm == null) {
            return new SessionDefinition(false, modelName, modelType, strategy, objectives, constraints, seed,
                    maxIterations, timeout, parallelism, null, Map.of(), suite);
        }
        SearchSpace space;
        Map<String, Object> fixed;
        if (external) {
            space = externalSpace(spaceForm.parameters());
            fixed = spaceForm.fixed() == null ? Map.of() : spaceForm.fixed();
        } else {
            CustomSpace custom = CustomSpace.of(spaceForm.parameters(), spaceForm.fixed());
            space = custom.space();
            fixed = custom.fixed();
        }
        return new SessionDefinition(external, modelName, modelType, strategy, objectives, constraints, seed,
                maxIterations, timeout, parallelism, space, fixed, suite);
    }

    private static ModelType modelType(String value, boolean external) {
        String name = blankToNull(value);
        if (name == null) {
            return external ? null : ModelType.GENERAL;
        }
        return ModelType.parse(name).orElseThrow(() -> SessionException.invalid("model_type", "must be one of "
                + Arrays.stream(ModelType.values()).map(ModelType::wireName).collect(Collectors.joining(", "))
                + ", not '" + name + "'"));
    }

    private static StrategyName strategy(String value) {
        String name = blankToNull(value);
        if (name == null) {
            throw SessionException.invalid("strategy", "is required; known: " + knownStrategies());
        }
        return StrategyName.fromWire(name).orElseThrow(() -> SessionException.invalid("strategy",
                "must be one of " + knownStrategies() + ", not '" + name + "'"));
    }

    private static String knownStrategies() {
        return Arrays.stream(StrategyName.values()).map(StrategyName::wire).collect(Collectors.joining(", "));
    }

    private static List<String> objectives(String objective, String objectives, boolean external) {
        String one = blankToNull(objective);
        String several = blankToNull(objectives);
        if (one != null && several != null) {
            throw SessionException.invalid("objectives", "replaces objective: send one of the two");
        }
        if (one == null && several == null) {
            if (external) {
                return List.of(SessionDefinition.TOLD_VALUE);
            }
            throw SessionException.invalid("objective", "is required; known: " + Objective.known());
        }
        String field = one != null ? "objective" : "objectives";
        List<String> names = Arrays.stream((one != null ? one : several).split(",")).map(String::trim).toList();
        List<String> checked = new ArrayList<>();
        for (String name : names) {
            if (Objective.fromWire(name).isEmpty()) {
                throw SessionException.invalid(field, "must name objectives among " + Objective.known() + ", not '"
                        + name + "'");
            }
            if (checked.contains(name)) {
                throw SessionException.invalid(field, "names '" + name + "' twice");
            }
            checked.add(name);
        }
        return checked;
    }

    private static Constraints constraints(CreateSession form, boolean external) {
        Double latency = positive("max_latency_ms", form.maxLatencyMs());
        Double memoryGb = positive("max_memory_gb", form.maxMemoryGb());
        Double quality = blankToNull(form.minQuality()) == null ? null : doubleValue("min_quality", form.minQuality());
        if (quality != null && !(quality >= 0 && quality <= 1)) {
            throw SessionException.invalid("min_quality", "must lie in [0, 1], not " + quality);
        }
        if (external && (latency != null || memoryGb != null || quality != null)) {
            throw SessionException.invalid(latency != null ? "max_latency_ms" : memoryGb != null ? "max_memory_gb"
                    : "min_quality", "is not for an external session: tell feasible=false for a trial that breaks a limit");
        }
        return new Constraints(latency, memoryGb == null ? null : Math.round(memoryGb * GIB), quality);
    }

    private static Double positive(String field, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        double number = doubleValue(field, value);
        if (!(number > 0)) {
            throw SessionException.invalid(field, "must be a positive number, not " + value.trim());
        }
        return number;
    }

    private static String suite(String suite, boolean external) {
        if (suite == null || suite.isBlank()) {
            return null;
        }
        if (external) {
            throw SessionException.invalid("suite", "is not for an external session, which runs nothing on Ollama");
        }
        SuiteParser.parse("uploaded suite", new StringReader(suite));
        return suite;
    }

    private SpaceForm spaceForm(String space, boolean external) {
        if (space == null || space.isBlank()) {
            if (external) {
                throw SessionException.invalid("space", "is required for an external session: "
                        + "{\"parameters\": [{\"name\", \"type\", \"low\", \"high\", \"log\", \"choices\"}], \"fixed\": {}}");
            }
            return null;
        }
        try {
            SpaceForm form = json.readValue(space, SpaceForm.class);
            if (form == null) {
                throw new InvalidCustomSpaceException(List.of(new SpaceProblem("space", "must be a JSON object")));
            }
            return form;
        } catch (JsonProcessingException e) {
            throw new InvalidCustomSpaceException(List.of(new SpaceProblem("space", "is not a JSON object "
                    + "{\"parameters\": [...], \"fixed\": {...}}: " + e.getOriginalMessage())));
        }
    }

    /** Any names: an external session's parameters are the client's own; every problem is reported. */
    private static SearchSpace externalSpace(List<CustomParameter> parameters) {
        List<SpaceProblem> problems = new ArrayList<>();
        List<Parameter> read = new ArrayList<>();
        if (parameters == null || parameters.isEmpty()) {
            problems.add(new SpaceProblem("parameters", "a space needs at least one parameter"));
        } else {
            for (int i = 0; i < parameters.size(); i++) {
                CustomParameter p = parameters.get(i);
                try {
                    if (p == null || blankToNull(p.name()) == null) {
                        throw new InvalidSpaceException("needs a name");
                    }
                    read.add(new ParameterSpec(p.name(), p.type(), p.low(), p.high(), p.log(), p.choices()).toParameter());
                } catch (InvalidSpaceException invalid) {
                    problems.add(new SpaceProblem("parameters[" + i + "]", invalid.getMessage()));
                }
            }
        }
        if (problems.isEmpty()) {
            try {
                return new SearchSpace(read);
            } catch (InvalidSpaceException invalid) {
                problems.add(new SpaceProblem("parameters", invalid.getMessage()));
            }
        }
        throw new InvalidCustomSpaceException(problems);
    }

    private static int intIn(String field, String value, int absent, int min, int max) {
        if (blankToNull(value) == null) {
            return absent;
        }
        int number;
        try {
            number = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw SessionException.invalid(field, "must be an integer, not '" + value.trim() + "'");
        }
        if (number < min || number > max) {
            throw SessionException.invalid(field, "must be between " + min + " and " + max + ", not " + number);
        }
        return number;
    }

    private static long longValue(String field, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw SessionException.invalid(field, "must be an integer, not '" + value.trim() + "'");
        }
    }

    private static double doubleValue(String field, String value) {
        try {
            double number = Double.parseDouble(value.trim());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw SessionException.invalid(field, "must be a number, not '" + value.trim() + "'");
    }

    private static boolean bool(String field, String value) {
        String text = blankToNull(value);
        if (text == null || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw SessionException.invalid(field, "must be true or false, not '" + text + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
