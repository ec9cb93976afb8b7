import type uPlot from 'uplot';

import type { Metric } from './types';

/**
 * A job's training curves as uPlot columns: x = the optimizer step, the training figure at every step, the
 * validation figure at the last step of its epoch (null elsewhere). Only the latest run (attempt) is drawn: a
 * resumed job trains again from the start, so earlier runs' figures would overlap it.
 */
export interface Curves {
  attempt: number | null;
  steps: number[];
  loss: uPlot.AlignedData;
  accuracy: uPlot.AlignedData;
  /** True when any step or epoch has an accuracy figure (the accuracy chart is left out otherwise). */
  hasAccuracy: boolean;
  /** Runs before the latest that recorded figures (shown as a note, not drawn). */
  earlierAttempts: number[];
}

const finite = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);

export function trainingCurves(steps: Metric[], epochs: Metric[]): Curves {
  const attempts = [...new Set([...steps, ...epochs].map((m) => m.attempt))].sort((a, b) => a - b);
  const attempt = attempts.length ? attempts[attempts.length - 1] : null;
  const runSteps = steps
    .filter((m) => m.attempt === attempt && m.step !== undefined)
    .sort((a, b) => a.step! - b.step!);
  const runEpochs = epochs.filter((m) => m.attempt === attempt);

  const x = runSteps.map((m) => m.step!);
  const lastStepOfEpoch = new Map<number, number>();
  for (const m of runSteps) lastStepOfEpoch.set(m.epoch, m.step!);
  const atEpochEnd = (pick: (m: Metric) => number | undefined) => {
    const byStep = new Map<number, number>();
    for (const m of runEpochs) {
      const step = lastStepOfEpoch.get(m.epoch);
      const value = pick(m);
      if (step !== undefined && finite(value)) byStep.set(step, value);
    }
    return x.map((step) => byStep.get(step) ?? null);
  };
  const perStep = (pick: (m: Metric) => number | undefined) =>
    runSteps.map((m) => (finite(pick(m)) ? pick(m)! : null));

  const trainAccuracy = perStep((m) => m.train_accuracy);
  const valAccuracy = atEpochEnd((m) => m.val_accuracy);
  return {
    attempt,
    steps: x,
    loss: [x, perStep((m) => m.train_loss), atEpochEnd((m) => m.val_loss)],
    accuracy: [x, trainAccuracy, valAccuracy],
    hasAccuracy:
      [...trainAccuracy, ...valAccuracy].some((v) => v !== null) ||
      runEpochs.some((m) => finite(m.train_accuracy)),
    earlierAttempts: attempts.filter((a) => a !== attempt),
  };
}

/** Chart options for a train + validation pair of series over steps. */
export function curveOptions(what: string): Omit<uPlot.Options, 'width' | 'height'> {
  return {
    scales: { x: { time: false } },
    axes: [{ label: 'step' }, { label: what }],
    series: [
      { label: 'step' },
      { label: `training ${what}`, stroke: '#0969da', width: 2 },
      { label: `validation ${what}`, stroke: '#cf222e', width: 2, spanGaps: true, points: { show: true, size: 7 } },
    ],
  };
}
