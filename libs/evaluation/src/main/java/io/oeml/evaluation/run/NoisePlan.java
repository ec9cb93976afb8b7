package io.oeml.evaluation.run;

/**
 * How a trial measures its own noise: the first {@code prompts} prompts run {@code repeats} more times after the trial,
 * round by round in suite order (so that with two or more prompts a repeat does not find its whole prompt still in
 * the prefix cache).
 */
public record NoisePlan(int prompts, int repeats) {

    public static final NoisePlan NONE = new NoisePlan(0, 0);

    public NoisePlan {
        if (prompts < 0 || repeats < 0) {
            throw new IllegalArgumentException("noise prompts and repeats must not be negative");
        }
        if ((prompts == 0) != (repeats == 0)) {
            throw new IllegalArgumentException("noise needs both prompts and repeats, or neither");
        }
    }

    public boolean measures() {
        return repeats > 0;
    }
}
