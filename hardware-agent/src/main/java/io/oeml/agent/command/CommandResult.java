package io.oeml.agent.command;

/**
 * What an external tool answered.
 *
 * @param exitCode process exit code, or -1 when the tool could not be started or was killed after the timeout
 * @param failure why the tool gave no usable answer (missing, timed out, non-zero exit), null when it succeeded
 */
public record CommandResult(int exitCode, String stdout, String failure) {

    public static CommandResult success(String stdout) {
        return new CommandResult(0, stdout, null);
    }

    public static CommandResult failed(int exitCode, String stdout, String failure) {
        return new CommandResult(exitCode, stdout, failure);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
