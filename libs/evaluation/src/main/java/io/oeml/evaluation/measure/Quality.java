package io.oeml.evaluation.measure;

import java.util.List;

/** The quality figure: the weighted mean of prompt scores and suite measures. */
public final class Quality {

    private Quality() {
    }

    /** Σ weight·score / Σ weight over the prompts, then the measures, each measure counting as one weighted item. */
    public static double of(List<PromptResult> prompts, List<MeasureResult> measures) {
        double sum = 0;
        double weights = 0;
        for (PromptResult p : prompts) {
            sum += p.weight() * p.score();
            weights += p.weight();
        }
        for (MeasureResult m : measures) {
            sum += m.weight() * m.value();
            weights += m.weight();
        }
        return weights == 0 ? 0 : sum / weights;
    }

    public static double of(List<PromptResult> prompts) {
        return of(prompts, List.of());
    }
}
