package io.oeml.optimizer.session.worker;

import java.util.Map;

import io.oeml.optimizer.host.TrialHost;

/** An asked trial of an Ollama session and the host it runs on. */
record PlannedTrial(int number, Map<String, Object> options, int budget, TrialHost host) {
}
