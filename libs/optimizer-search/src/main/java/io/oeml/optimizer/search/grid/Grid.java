package io.oeml.optimizer.search.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.Parameter;
import io.oeml.optimizer.search.space.SearchSpace;

/**
 * The largest balanced grid with at most {@code budget} points. Categoricals take all their choices when all of them
 * together fit; then, while some parameter can grow, the one with the fewest levels (first in space order on ties)
 * gets one more level, as long as the product stays within the budget. Integers and categoricals never get more
 * levels than they have values. Points are numbered in row-major order (the last parameter varies fastest).
 */
final class Grid {

    private final SearchSpace space;
    private final List<List<Object>> levels;
    private final int size;
    private final Map<Assignment, Integer> indexOf = new HashMap<>();

    Grid(SearchSpace space, int budget) {
        this.space = space;
        this.levels = chooseLevels(space.parameters(), budget);
        this.size = levels.stream().mapToInt(List::size).reduce(1, Math::multiplyExact);
        for (int index = 0; index < size; index++) {
            indexOf.put(point(index), index);
        }
    }

    private static List<List<Object>> chooseLevels(List<Parameter> parameters, int budget) {
        int[] counts = new int[parameters.size()];
        long categoricalProduct = 1;
        for (Parameter parameter : parameters) {
            if (parameter instanceof CategoricalParameter categorical) {
                categoricalProduct = Math.min((long) budget + 1, categoricalProduct * categorical.choices().size());
            }
        }
        for (int i = 0; i < counts.length; i++) {
            boolean allChoices = parameters.get(i) instanceof CategoricalParameter && categoricalProduct <= budget;
            counts[i] = allChoices ? GridLevels.capacity(parameters.get(i)) : 1;
        }
        while (true) {
            int grow = -1;
            for (int i = 0; i < counts.length; i++) {
                boolean canGrow = counts[i] < GridLevels.capacity(parameters.get(i))
                        && product(counts) / counts[i] * (counts[i] + 1) <= budget;
                if (canGrow && (grow < 0 || counts[i] < counts[grow])) {
                    grow = i;
                }
            }
            if (grow < 0) {
                break;
            }
            counts[grow]++;
        }
        List<List<Object>> levels = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            levels.add(GridLevels.values(parameters.get(i), counts[i]));
        }
        return levels;
    }

    private static long product(int[] counts) {
        long product = 1;
        for (int count : counts) {
            product *= count;
        }
        return product;
    }

    int size() {
        return size;
    }

    Assignment point(int index) {
        Assignment.Builder builder = Assignment.builder();
        int[] digits = new int[levels.size()];
        int rest = index;
        for (int i = levels.size() - 1; i >= 0; i--) {
            digits[i] = rest % levels.get(i).size();
            rest /= levels.get(i).size();
        }
        for (int i = 0; i < digits.length; i++) {
            builder.put(space.parameters().get(i).name(), levels.get(i).get(digits[i]));
        }
        return builder.build();
    }

    /** The grid index of an assignment, or -1 when it is not a grid point. */
    int indexOf(Assignment assignment) {
        return indexOf.getOrDefault(assignment, -1);
    }

    /** E.g. "12 points: temperature 3 levels [0.0, 0.5, 1.0] x kv 4 levels [...]". */
    String describe() {
        List<String> dimensions = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            dimensions.add(space.parameters().get(i).name() + " " + levels.get(i).size() + " level"
                    + (levels.get(i).size() == 1 ? "" : "s") + " " + levels.get(i));
        }
        return size + " point" + (size == 1 ? "" : "s") + ": " + dimensions.stream().collect(Collectors.joining(" x "));
    }
}
