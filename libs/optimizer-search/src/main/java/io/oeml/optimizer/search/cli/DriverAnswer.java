package io.oeml.optimizer.search.cli;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.oeml.optimizer.search.strategy.Trial;

/** One answer line of the ask-and-tell driver. */
public sealed interface DriverAnswer permits DriverAnswer.Created, DriverAnswer.Asked, DriverAnswer.Done,
        DriverAnswer.Failed {

    /** A new session; {@code grid} states grid_search's grid (the issue asks for it), absent for the others. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Created(boolean ok, String grid) implements DriverAnswer {
    }

    /** The trials asked for, the strategy's own time inside {@code ask} (ns), and whether it has nothing more. */
    record Asked(List<AskedTrial> trials, long suggestNs, boolean finished) implements DriverAnswer {

        static Asked of(List<Trial> trials, long suggestNs, boolean finished) {
            return new Asked(trials.stream().map(AskedTrial::of).toList(), suggestNs, finished);
        }
    }

    /** A tell that took effect. */
    record Done(boolean ok) implements DriverAnswer {
        static final Done OK = new Done(true);
    }

    /** A request refused; the driver goes on reading. */
    record Failed(String error) implements DriverAnswer {
    }

    /** A trial as the client sees it: number, parameter values by name, budget (0 = full evaluation). */
    record AskedTrial(int number, Map<String, Object> params, int budget) {

        static AskedTrial of(Trial trial) {
            return new AskedTrial(trial.number(), trial.assignment().values(), trial.budget());
        }
    }
}
