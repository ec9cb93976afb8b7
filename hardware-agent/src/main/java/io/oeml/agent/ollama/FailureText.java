package io.oeml.agent.ollama;

/** The message that says what went wrong, skipping wrappers that carry none. */
public final class FailureText {

    private FailureText() {
    }

    public static String of(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
