package io.oeml.optimizer.session;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.oeml.evaluation.suite.ModelType;
import io.oeml.optimizer.host.NoHostHasModelException;
import io.oeml.optimizer.host.SessionPlan;
import io.oeml.optimizer.host.SessionPlanner;
import io.oeml.optimizer.host.TrialHost;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.space.CustomSpace;
import io.oeml.optimizer.space.LeftOutOption;
import io.oeml.optimizer.space.SpaceReport;
import io.smallrye.mutiny.Uni;

/**
 * Test double of the hosts helper's planner: every model but {@link #MISSING_MODEL} is on two made-up hosts, searched
 * over temperature and top_k (or the user's custom space). Trials on these hosts are run by
 * {@link TemperatureQualityTestEvaluations}.
 */
@Alternative
@ApplicationScoped
public class TwoHostTestPlanner implements SessionPlanner {

    public static final String MISSING_MODEL = "no-host-has-this:1b";
    public static final List<TrialHost> HOSTS = List.of(new TrialHost("test-host-a", "http://127.0.0.1:1"),
            new TrialHost("test-host-b", "http://127.0.0.1:2"));
    public static final SearchSpace SPACE = new SearchSpace(List.of(new FloatParameter("temperature", 0.0, 1.5, false),
            new IntParameter("top_k", 10, 100, true)));

    @Override
    public Uni<SessionPlan> plan(String modelName, ModelType modelType, CustomSpace custom) {
        if (MISSING_MODEL.equals(modelName)) {
            return Uni.createFrom().failure(new NoHostHasModelException(modelName,
                    HOSTS.stream().map(TrialHost::hostId).toList()));
        }
        SearchSpace space = custom == null ? SPACE : custom.space();
        return Uni.createFrom().item(new SessionPlan(HOSTS, new SpaceReport(space,
                List.of(new LeftOutOption("kv_cache_type", "server-wide setting")), List.of())));
    }
}
