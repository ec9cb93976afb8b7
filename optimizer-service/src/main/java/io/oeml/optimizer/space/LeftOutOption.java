package io.oeml.optimizer.space;

/** An option the space does not search, and why (the era ignores it, the host cannot use it, it is server-wide). */
public record LeftOutOption(String option, String reason) {
}
