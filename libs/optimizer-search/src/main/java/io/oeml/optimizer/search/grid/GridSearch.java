package io.oeml.optimizer.search.grid;

import java.util.BitSet;
import java.util.Optional;

import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.AskTellStrategy;
import io.oeml.optimizer.search.strategy.CompletedTrial;
import io.oeml.optimizer.search.strategy.StrategySettings;
import io.oeml.optimizer.search.strategy.Trial;

/**
 * grid_search: every point of the largest balanced grid that fits the trial budget ({@link #describeGrid()}), in
 * row-major order, each once; finished when every point has been asked. A restored search asks the points its
 * history lacks, lowest first, so a point asked but never told before a restart is asked again.
 */
public final class GridSearch extends AskTellStrategy {

    private final Grid grid;
    private final BitSet asked = new BitSet();

    public GridSearch(SearchSpace space, StrategySettings settings) {
        super(space, settings);
        this.grid = new Grid(space, settings.trialBudget());
    }

    public String describeGrid() {
        return grid.describe();
    }

    @Override
    protected Optional<Trial> propose(int number) {
        int index = asked.nextClearBit(0);
        asked.set(index);
        return Optional.of(new Trial(number, grid.point(index), 0));
    }

    @Override
    protected void onTold(CompletedTrial completedTrial) {
        int index = grid.indexOf(completedTrial.trial().assignment());
        if (index < 0) {
            throw new IllegalArgumentException("trial " + completedTrial.number() + " is not a point of the grid "
                    + grid.describe());
        }
        asked.set(index);
    }

    @Override
    public boolean finished() {
        return asked.cardinality() >= grid.size();
    }
}
