package io.oeml.agent.benchmark;

/**
 * One benchmark to run.
 *
 * @param requestId the library-service request it answers, null for the agent's own triggers
 * @param trigger {@code request}, {@code new-model} or {@code schedule}
 */
public record BenchmarkJob(String model, int numCtx, String trigger, String requestId) {

    public static final String REQUEST = "request";
    public static final String NEW_MODEL = "new-model";
    public static final String SCHEDULE = "schedule";
}
