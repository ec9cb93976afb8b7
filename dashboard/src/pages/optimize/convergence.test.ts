import { describe, expect, it } from 'vitest';

import { convergenceData, scoreMeaning } from './convergence';
import type { ConvergencePoint } from './types';

const point = (trial_number: number, score: number, feasible: boolean, best_score: number | null): ConvergencePoint => ({
  trial_number,
  score,
  feasible,
  best_score,
  best_trial_number: best_score === null ? null : trial_number,
  improved: false,
});

describe('convergenceData', () => {
  it('has one x value per finished trial, in trial order', () => {
    const data = convergenceData([point(2, 0.5, true, 0.6), point(0, 0.6, true, 0.6), point(1, 0.1, true, 0.6)]);
    expect(data[0]).toEqual([0, 1, 2]);
  });

  it('puts an infeasible trial in its own series and leaves a gap in the feasible one', () => {
    const data = convergenceData([point(0, 0.4, true, 0.4), point(1, 0.9, false, 0.4)]);
    expect(data[1]).toEqual([0.4, null]);
    expect(data[2]).toEqual([null, 0.9]);
  });

  it('has no best before the first feasible trial', () => {
    const data = convergenceData([point(0, 0.9, false, null), point(1, 0.3, true, 0.3)]);
    expect(data[3]).toEqual([null, 0.3]);
  });

  it('is empty without trials', () => {
    expect(convergenceData([]).map((column) => column.length)).toEqual([0, 0, 0, 0]);
  });
});

describe('scoreMeaning', () => {
  it('says a latency score is minus the latency', () => {
    expect(scoreMeaning('minimize_latency')).toBe('− latency (ms)');
  });
});
