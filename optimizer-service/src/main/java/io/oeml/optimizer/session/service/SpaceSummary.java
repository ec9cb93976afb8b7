package io.oeml.optimizer.session.service;

import java.util.List;

import io.oeml.optimizer.space.LeftOutOption;

/** What the planner said about a session's space besides the space itself: options left out and host bounds. */
public record SpaceSummary(List<LeftOutOption> leftOut, List<String> bounds) {

    public static final SpaceSummary NONE = new SpaceSummary(List.of(), List.of());
}
