package io.oeml.optimizer.session.service;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;

import io.oeml.events.optimizer.TrialCompleted;
import io.oeml.events.optimizer.TrialFigures;
import io.oeml.optimizer.host.TrialHost;
import io.oeml.optimizer.objective.Constraints;
import io.oeml.optimizer.search.cli.ParameterSpec;
import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.Parameter;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.CompletedTrial;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.StrategyName;
import io.oeml.optimizer.search.strategy.StrategySettings;
import io.oeml.optimizer.search.strategy.Trial;
import io.oeml.optimizer.session.OptimizationSession;
import io.oeml.optimizer.session.OptimizationTrial;
import io.oeml.optimizer.space.OllamaOptions;
import io.oeml.outbox.db.StoredJson;

/** Reads the structured columns of a stored session and its trials back into the search and event types. */
@ApplicationScoped
public class StoredSessions {

    private static final TypeReference<List<ParameterSpec>> SPACE = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<TrialHost>> HOSTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Double>> VALUES = new TypeReference<>() {
    };

    private final StoredJson json;

    public StoredSessions(StoredJson json) {
        this.json = json;
    }

    public String writeSpace(SearchSpace space) {
        return json.write(space.parameters().stream().map(ParameterSpec::of).toList());
    }

    public SearchSpace space(OptimizationSession session) {
        return new SearchSpace(json.read(session.space, SPACE).stream().map(ParameterSpec::toParameter).toList());
    }

    public Map<String, Object> fixed(OptimizationSession session) {
        return json.read(session.fixedOptions, OBJECT);
    }

    public List<TrialHost> hosts(OptimizationSession session) {
        return json.read(session.hosts, HOSTS);
    }

    public SpaceSummary spaceSummary(OptimizationSession session) {
        return json.read(session.spaceReport, SpaceSummary.class);
    }

    public Constraints constraints(OptimizationSession session) {
        return json.read(session.constraints, Constraints.class);
    }

    public static List<String> objectives(OptimizationSession session) {
        return Arrays.asList(session.objectives.split(","));
    }

    public static StrategyName strategy(OptimizationSession session) {
        return StrategyName.fromWire(session.strategy)
                .orElseThrow(() -> new IllegalStateException("stored strategy " + session.strategy));
    }

    public static StrategySettings settings(OptimizationSession session) {
        return new StrategySettings(session.maxIterations, objectives(session).size(), session.seed, Map.of());
    }

    public String writeAssignment(Assignment assignment) {
        return json.write(assignment.values());
    }

    /** A stored assignment in the types the strategies use (JSON gives any number back as it was written). */
    public Assignment assignment(SearchSpace space, OptimizationTrial trial) {
        Map<String, Object> stored = json.read(trial.parameters, OBJECT);
        Assignment.Builder assignment = Assignment.builder();
        for (Parameter parameter : space.parameters()) {
            Object value = stored.get(parameter.name());
            assignment.put(parameter.name(), parameter instanceof FloatParameter ? (Object) ((Number) value).doubleValue()
                    : parameter instanceof CategoricalParameter ? (Object) String.valueOf(value)
                    : (Object) ((Number) value).intValue());
        }
        return assignment.build();
    }

    /** What a trial runs with: Ollama's options (searched and fixed, typed), or an external trial's values and fixed. */
    public Map<String, Object> parameters(OptimizationSession session, Assignment assignment) {
        if (!session.external()) {
            return OllamaOptions.of(assignment, fixed(session));
        }
        Map<String, Object> parameters = new LinkedHashMap<>(assignment.values());
        parameters.putAll(fixed(session));
        return parameters;
    }

    public String writeValues(double[] values) {
        return json.write(values);
    }

    /** The minimised objective values of a told trial; null before. */
    public List<Double> values(OptimizationTrial trial) {
        return json.read(trial.values, VALUES);
    }

    public Observation observation(OptimizationTrial trial) {
        double[] values = values(trial).stream().mapToDouble(Double::doubleValue).toArray();
        return new Observation(values, Boolean.TRUE.equals(trial.feasible));
    }

    public CompletedTrial completed(SearchSpace space, OptimizationTrial trial) {
        return new CompletedTrial(new Trial(trial.trialNumber, assignment(space, trial), trial.budget), observation(trial));
    }

    public String writeFigures(TrialFigures figures) {
        return figures == null ? null : json.write(figures);
    }

    public TrialFigures figures(OptimizationTrial trial) {
        return json.read(trial.figures, TrialFigures.class);
    }

    /** The event of a completed trial, as published and as the session's best in SessionFinished. */
    public TrialCompleted event(OptimizationSession session, SearchSpace space, OptimizationTrial trial) {
        return new TrialCompleted(session.sessionId, trial.trialNumber, parameters(session, assignment(space, trial)),
                values(trial), trial.overallScore, Boolean.TRUE.equals(trial.feasible), trial.budget,
                trial.hostId, figures(trial), trial.durationMs == null ? 0 : trial.durationMs, trial.completedAt);
    }

    public String write(Object value) {
        return json.write(value);
    }
}
