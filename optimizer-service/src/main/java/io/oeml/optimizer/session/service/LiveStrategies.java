package io.oeml.optimizer.session.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.optimizer.search.strategy.Strategies;
import io.oeml.optimizer.search.strategy.Strategy;
import io.oeml.optimizer.session.OptimizationSession;
import io.oeml.optimizer.session.repository.TrialRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * The strategies of the sessions this replica serves, kept between requests and valid while the session's stored
 * {@code revision} is the one they were left at. Otherwise (a restart, another replica asked or told meanwhile) the
 * strategy is rebuilt from the stored trials: completed ones replayed in told order ({@code Strategies.restore}),
 * asked ones abandoned because the rebuilt strategy does not know them, and new trials numbered after every stored one.
 */
@ApplicationScoped
public class LiveStrategies {

    private record Live(Strategy strategy, int revision) {
    }

    private final Map<String, Live> live = new ConcurrentHashMap<>();
    private final TrialRepository trials;
    private final StoredSessions stored;
    private final Vertx vertx;

    public LiveStrategies(TrialRepository trials, StoredSessions stored, Vertx vertx) {
        this.trials = trials;
        this.stored = stored;
        this.vertx = vertx;
    }

    /** The session's strategy; call it in a transaction holding the session's lock (a rebuild writes trials). */
    public Uni<Strategy> of(OptimizationSession session) {
        Live cached = live.get(session.sessionId);
        if (cached != null && cached.revision == session.revision) {
            return Uni.createFrom().item(cached.strategy);
        }
        return rebuild(session);
    }

    /** Rebuilds the strategy from the stored trials, abandoning the asked ones; in the caller's transaction. */
    public Uni<Strategy> rebuild(OptimizationSession session) {
        return trials.abandonAsked(session.sessionId)
                .invoke(abandoned -> session.revision += abandoned > 0 ? 1 : 0)
                .chain(() -> trials.completedInToldOrder(session.sessionId))
                .chain(completed -> trials.nextNumber(session.sessionId).chain(next -> compute(() -> {
                    var space = stored.space(session);
                    return Strategies.restore(StoredSessions.strategy(session), space, StoredSessions.settings(session),
                            completed.stream().map(t -> stored.completed(space, t)).toList(), next);
                })));
    }

    /** Keeps the strategy for the session's current revision (after the caller changed it). */
    public void remember(OptimizationSession session, Strategy strategy) {
        live.put(session.sessionId, new Live(strategy, session.revision));
    }

    /** Drops a session's strategy: it finished, or a change to it failed and the strategy may be ahead of the store. */
    public void forget(String sessionId) {
        live.remove(sessionId);
    }

    /** Runs strategy work (a Gaussian process fit, a replay) on a worker thread, continuing on the caller's context. */
    public <T> Uni<T> compute(Supplier<T> work) {
        return vertx.executeBlocking(Uni.createFrom().item(work), false);
    }
}
