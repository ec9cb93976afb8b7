package io.oeml.agent.benchmark;

/**
 * The one prompt every benchmark sends. Its id goes into each report; a different text needs a new id, because runs
 * are compared only with runs of the same prompt.
 */
public final class StandardPrompt {

    public static final String ID = "oeml-bench-v1";

    public static final String TEXT = "Explain in plain words how a bicycle works: the frame, the wheels, the pedals, "
            + "the chain and the gears, the brakes, and how the rider keeps balance while moving.";

    private StandardPrompt() {
    }
}
