package io.oeml.optimizer.space;

import java.util.List;

import io.oeml.optimizer.search.space.SearchSpace;

/**
 * The space a session searches on one host, every option it leaves out with the reason, and how the host narrowed
 * the options it kept (e.g. num_ctx choices that do not fit).
 */
public record SpaceReport(SearchSpace space, List<LeftOutOption> leftOut, List<String> bounds) {

    public SpaceReport {
        leftOut = List.copyOf(leftOut);
        bounds = List.copyOf(bounds);
    }

    public boolean searches(String option) {
        return space.parameters().stream().anyMatch(parameter -> parameter.name().equals(option));
    }
}
