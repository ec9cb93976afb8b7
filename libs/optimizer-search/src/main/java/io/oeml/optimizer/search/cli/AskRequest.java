package io.oeml.optimizer.search.cli;

/** Asks the session for up to {@code count} trials (1 when absent). */
public record AskRequest(Integer count) implements DriverRequest {

    @Override
    public DriverAnswer applyTo(DriverSession session) {
        return session.ask(countOrOne());
    }

    int countOrOne() {
        return count == null ? 1 : count;
    }
}
