package io.oeml.evaluation.suite;

import java.util.Set;

/**
 * One message of a chat prompt.
 *
 * @param role system, user or assistant (an assistant turn is a few-shot example)
 */
public record Turn(String role, String content) {

    public static final Set<String> ROLES = Set.of("system", "user", "assistant");
}
