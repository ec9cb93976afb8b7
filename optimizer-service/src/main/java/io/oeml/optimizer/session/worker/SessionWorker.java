package io.oeml.optimizer.session.worker;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.oeml.optimizer.session.SessionConfig;
import io.oeml.optimizer.session.SessionStatus;
import io.oeml.optimizer.session.repository.SessionRepository;
import io.oeml.optimizer.session.service.LiveStrategies;
import io.oeml.optimizer.session.service.TrialRecorder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The background side of sessions on every replica: claims running Ollama sessions whose lease is free or expired and
 * runs them ({@link SessionRunner}), renews the leases it holds, and times out external sessions past their deadline
 * (an Ollama session's deadline is enforced by its run, or by the run that next claims it).
 */
@ApplicationScoped
public class SessionWorker {

    private static final Logger LOG = Logger.getLogger(SessionWorker.class);
    private static final int OVERDUE_PER_SWEEP = 20;

    private final SessionRepository sessions;
    private final SessionRunner runner;
    private final TrialRecorder recorder;
    private final LiveStrategies strategies;
    private final SessionConfig.Worker config;
    private final String self;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public SessionWorker(SessionRepository sessions, SessionRunner runner, TrialRecorder recorder,
            LiveStrategies strategies, SessionConfig config, @ConfigProperty(name = "quarkus.uuid") String runId) {
        this.sessions = sessions;
        this.runner = runner;
        this.recorder = recorder;
        this.strategies = strategies;
        this.config = config.worker();
        // HOSTNAME is the pod name in Kubernetes; the run id tells two processes (or two lives of one) apart.
        this.self = System.getenv().getOrDefault("HOSTNAME", "optimizer-service") + "/" + runId;
    }

    /** This replica's name in {@code lease_holder}. */
    public String self() {
        return self;
    }

    // Scheduled Uni methods run on a safe duplicated Vert.x context, which the run's transactions keep using.
    @Scheduled(identity = "optimization-session-claim", every = "${oeml.optimizer.worker.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> claimOne() {
        if (!config.enabled() || held.size() >= config.maxSessions()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> sessions.claim(self, config.lease()))
                .invoke(claim -> claim.ifPresent(c -> launch(c.sessionId(), c.previousHolder() != null)))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("claiming an optimization session failed: %s", failure.getMessage());
                    return null;
                });
    }

    private void launch(String sessionId, boolean resumed) {
        held.add(sessionId);
        LOG.infof("running optimization session %s%s", sessionId, resumed ? " (resumed)" : "");
        runner.run(sessionId, resumed, self)
                .onFailure().call(failure -> {
                    LOG.errorf(failure, "optimization session %s stopped on an error; its lease is given up", sessionId);
                    return Panache.withTransaction(() -> sessions.release(sessionId, self))
                            .onFailure().recoverWithNull().replaceWithVoid();
                })
                .onTermination().invoke(() -> held.remove(sessionId))
                .subscribe().with(done -> LOG.infof("optimization session %s: run ended", sessionId), failure -> { });
    }

    @Scheduled(identity = "optimization-session-renew", every = "${oeml.optimizer.worker.renew-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> renewLeases() {
        return Multi.createFrom().iterable(Set.copyOf(held))
                .onItem().transformToUniAndConcatenate(id -> Panache.withTransaction(() -> sessions.renew(id, self,
                        config.lease())).invoke(renewed -> {
                            if (!renewed) {
                                LOG.infof("optimization session %s is no longer this replica's to run", id);
                            }
                        }))
                .collect().asList().replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("renewing optimization session leases failed: %s", failure.getMessage());
                    return null;
                });
    }

    @Scheduled(identity = "optimization-session-deadlines", every = "${oeml.optimizer.worker.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> timeOutExternal() {
        return Panache.withTransaction(() -> sessions.overdueExternal(OVERDUE_PER_SWEEP)
                .chain(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(id -> sessions.findById(id)
                                .chain(session -> recorder.finish(session, SessionStatus.TIMED_OUT, "ran past its timeout of "
                                        + session.timeoutMinutes + " minutes"))
                                .invoke(() -> strategies.forget(id)))
                        .collect().asList()))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("timing out external optimization sessions failed: %s", failure.getMessage());
                    return null;
                });
    }
}
