package io.oeml.optimizer.session.service;

/**
 * A session request that cannot be served, in the session's own terms; the REST layer maps each {@link Problem} to
 * its status once ({@code SessionExceptionMappers}). The message is for the caller.
 */
public class SessionException extends RuntimeException {

    /** What went wrong; the name is the envelope's {@code error_code}, except INVALID_FIELD (INVALID_PARAMETER). */
    public enum Problem {
        /** A field of the request is missing, malformed or out of range. */
        INVALID_FIELD,
        /** No session with that id, or it is another owner's. */
        SESSION_NOT_FOUND,
        /** The session is not in a state that allows the operation (start twice, ask before start, tell after the end). */
        SESSION_STATE,
        /** The owner already has as many created or running sessions as allowed. */
        SESSION_LIMIT,
        /** Ask and tell are for external sessions only. */
        NOT_EXTERNAL,
        /** A derived model is made from an Ollama session's model; an external session has none. */
        EXTERNAL_SESSION,
        /** A tell for a trial number never asked. */
        TRIAL_NOT_FOUND,
        /** A tell for a trial already told. */
        TRIAL_ALREADY_TOLD,
        /** A tell for a trial whose strategy was lost (restart, another replica); ask again. */
        TRIAL_ABANDONED,
        /** A tell with another number of values than the session has objectives. */
        WRONG_VALUE_COUNT,
        /** Best parameters asked before any feasible trial. */
        NO_RESULT_YET
    }

    private final Problem problem;

    public SessionException(Problem problem, String message) {
        super(message, null, false, false);
        this.problem = problem;
    }

    public static SessionException invalid(String field, String problem) {
        return new SessionException(Problem.INVALID_FIELD, "parameter '" + field + "' " + problem);
    }

    public static SessionException notFound(String sessionId) {
        return new SessionException(Problem.SESSION_NOT_FOUND, "optimization session '" + sessionId + "' not found");
    }

    public Problem problem() {
        return problem;
    }
}
