import { describe, expect, it } from 'vitest';

import { trainingCurves } from './curves';
import { epoch, step } from './fixtures';

describe('trainingCurves', () => {
  it('plots one point per step of the run', () => {
    const curves = trainingCurves([step(2, 1, 0.6), step(1, 1, 0.7)], []);
    expect(curves.loss[0]).toEqual([1, 2]);
    expect(curves.loss[1]).toEqual([0.7, 0.6]);
  });

  it('places an epoch validation loss at the last step of that epoch', () => {
    const curves = trainingCurves([step(1, 1, 0.7), step(2, 1, 0.6), step(3, 2, 0.5)], [epoch(1, 0.65)]);
    expect(curves.loss[2]).toEqual([null, 0.65, null]);
  });

  it('draws only the latest attempt of a resumed job', () => {
    const curves = trainingCurves([step(1, 1, 0.9, { attempt: 1 }), step(1, 1, 0.8, { attempt: 2 })], []);
    expect(curves.loss[1]).toEqual([0.8]);
    expect(curves.earlierAttempts).toEqual([1]);
  });

  it('has no accuracy when no figure carries one', () => {
    expect(trainingCurves([step(1, 1, 0.7)], [epoch(1, 0.6)]).hasAccuracy).toBe(false);
  });

  it('has accuracy when steps report it', () => {
    const curves = trainingCurves([step(1, 1, 0.7, { train_accuracy: 0.4 })], []);
    expect(curves.hasAccuracy).toBe(true);
    expect(curves.accuracy[1]).toEqual([0.4]);
  });

  it('is empty before the first step', () => {
    const curves = trainingCurves([], []);
    expect(curves.steps).toEqual([]);
    expect(curves.attempt).toBeNull();
  });
});
