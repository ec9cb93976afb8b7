package io.oeml.optimizer.search.bayes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.hipparchus.exception.MathIllegalArgumentException;

import io.oeml.optimizer.search.bayes.acquisition.AcquisitionSearch;
import io.oeml.optimizer.search.bayes.acquisition.LogExpectedImprovement;
import io.oeml.optimizer.search.bayes.gp.GaussianProcess;
import io.oeml.optimizer.search.bayes.gp.GpHyperparameters;
import io.oeml.optimizer.search.bayes.gp.Matern52Kernel;
import io.oeml.optimizer.search.bayes.gp.Prediction;
import io.oeml.optimizer.search.sobol.SobolStart;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.AskTellStrategy;
import io.oeml.optimizer.search.strategy.CompletedTrial;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.StrategySettings;
import io.oeml.optimizer.search.strategy.Trial;
import io.oeml.optimizer.search.strategy.TrialRandom;

/**
 * bayesian_optimization: a Sobol start of {@link SobolStart#size} trials (and Sobol points while the told trials
 * cannot be told apart), then each trial maximises log expected improvement under a Gaussian process (Matern-5/2,
 * ARD, over the {@link MixedEncoding}) fitted to the {@link BoxCoxScores} of the told trials. Trials asked but not
 * yet told join the model as constant liars at the mean score, so a batch spreads out. Hyperparameters come from
 * {@link HyperparameterSchedule}, a function of the told history only.
 */
public final class BayesianOptimization extends AskTellStrategy {

    private static final int ACQUISITION_STREAM = 2;
    private static final int INCUMBENTS = 3;

    private final SobolStart sobol;
    private final int startSize;
    private final MixedEncoding encoding;
    private final Matern52Kernel kernel;
    private final HyperparameterSchedule schedule;
    private final AcquisitionSearch acquisitionSearch;
    private final List<double[]> toldPoints = new ArrayList<>();
    private final List<Observation> toldObservations = new ArrayList<>();

    public BayesianOptimization(SearchSpace space, StrategySettings settings) {
        super(space, settings);
        if (settings.objectives() != 1) {
            throw new IllegalArgumentException(
                    "bayesian_optimization optimises one objective; use evolutionary for several");
        }
        this.sobol = new SobolStart(space, settings.seed());
        this.startSize = SobolStart.size(settings.trialBudget());
        this.encoding = new MixedEncoding(space);
        this.kernel = new Matern52Kernel(encoding.categoricalMask());
        this.schedule = new HyperparameterSchedule(kernel, settings.seed());
        this.acquisitionSearch = new AcquisitionSearch(encoding, 256, 16, 2, 12);
    }

    @Override
    protected Optional<Trial> propose(int number) {
        if (number < startSize || toldPoints.size() < 2) {
            return Optional.of(new Trial(number, sobol.point(number), 0));
        }
        double[] scores = BoxCoxScores.of(toldObservations);
        if (Arrays.stream(scores).distinct().count() == 1) {
            // All told trials alike (a constant objective, all infeasible): nothing to rank points by, so explore.
            return Optional.of(new Trial(number, sobol.point(number), 0));
        }
        GpHyperparameters hyperparameters = schedule.at(toldPoints, toldObservations);
        GaussianProcess model = conditionWithLiars(scores, hyperparameters);
        double best = IntStream.range(0, scores.length).mapToDouble(i -> scores[i]).min().orElseThrow();
        SplittableRandom random = TrialRandom.forTrial(settings.seed(), number, ACQUISITION_STREAM);
        double[] next = acquisitionSearch.maximise(point -> {
            Prediction prediction = model.predict(point);
            return LogExpectedImprovement.of(prediction.mean(), prediction.standardDeviation(), best);
        }, incumbents(scores), random);
        return Optional.of(new Trial(number, encoding.decode(next), 0));
    }

    @Override
    protected void onTold(CompletedTrial completedTrial) {
        toldPoints.add(encoding.encode(completedTrial.trial().assignment()));
        toldObservations.add(completedTrial.observation());
    }

    /** Told points with their scores, pending ones with the mean score (0: the scores are standardised). */
    private GaussianProcess conditionWithLiars(double[] scores, GpHyperparameters hyperparameters) {
        List<double[]> points = new ArrayList<>(toldPoints);
        pending().forEach(trial -> points.add(encoding.encode(trial.assignment())));
        double[] y = new double[points.size()];
        System.arraycopy(scores, 0, y, 0, scores.length);
        double[][] x = points.toArray(double[][]::new);
        try {
            return GaussianProcess.condition(x, y, kernel, hyperparameters);
        } catch (MathIllegalArgumentException notPositiveDefinite) {
            // A pending point equal to a told one with a tiny noise: more noise makes the matrix definite again.
            GpHyperparameters noisier = new GpHyperparameters(hyperparameters.lengthScales(),
                    hyperparameters.signalVariance(), Math.max(1e-4, hyperparameters.noiseVariance() * 100));
            return GaussianProcess.condition(x, y, kernel, noisier);
        }
    }

    private List<double[]> incumbents(double[] scores) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble(i -> scores[i]))
                .limit(INCUMBENTS)
                .map(toldPoints::get)
                .toList();
    }
}
