import { describe, expect, it } from 'vitest';

import { latencyScatter, memoryScatter, memoryText, tradeOffFront } from './tradeOff';
import type { TradeOffPoint } from './types';

const MIB = 1024 * 1024;

function trial(
  trial_number: number,
  quality: number,
  latency: number,
  memoryMib: number | null,
  { feasible = true, source = 'measured' as 'measured' | 'estimated' } = {},
): TradeOffPoint {
  return {
    trial_number,
    feasible,
    overall_score: quality,
    on_front: false,
    figures: {
      quality,
      mean_latency_ms: latency,
      mean_ttft_ms: 10,
      tokens_per_second: 50,
      memory_bytes: memoryMib === null ? null : memoryMib * MIB,
      memory_source: memoryMib === null ? null : source,
      quality_noise: null,
    },
  };
}

describe('tradeOffFront', () => {
  it('keeps a faster but worse trial and a slower but better one', () => {
    expect(tradeOffFront([trial(0, 0.5, 100, 200), trial(1, 0.8, 300, 200)])).toEqual(new Set([0, 1]));
  });

  it('drops a trial beaten on quality, latency and memory', () => {
    expect(tradeOffFront([trial(0, 0.8, 100, 200), trial(1, 0.7, 150, 250)])).toEqual(new Set([0]));
  });

  it('keeps a trial that uses less memory even when slower and worse', () => {
    expect(tradeOffFront([trial(0, 0.8, 100, 200), trial(1, 0.7, 150, 150)])).toEqual(new Set([0, 1]));
  });

  it('compares on quality and latency when a trial has no memory figure', () => {
    expect(tradeOffFront([trial(0, 0.8, 100, null), trial(1, 0.7, 150, 150)])).toEqual(new Set([0]));
  });

  it('leaves infeasible trials off, even when they would dominate', () => {
    expect(tradeOffFront([trial(0, 0.9, 50, 100, { feasible: false }), trial(1, 0.5, 200, 300)])).toEqual(new Set([1]));
  });

  it('keeps two trials with the same figures', () => {
    expect(tradeOffFront([trial(0, 0.5, 100, 200), trial(1, 0.5, 100, 200)])).toEqual(new Set([0, 1]));
  });
});

describe('latencyScatter', () => {
  it('sorts by latency and splits front, other feasible and infeasible trials', () => {
    const points = [trial(0, 0.6, 300, 200), trial(1, 0.8, 100, 200), trial(2, 0.9, 200, 200, { feasible: false })];
    expect(latencyScatter(points, new Set([1]))).toEqual([
      [100, 200, 300],
      [0.8, null, null],
      [null, null, 0.6],
      [null, 0.9, null],
    ]);
  });
});

describe('memoryScatter', () => {
  it('draws measured and estimated memory in separate series, in MiB', () => {
    const points = [trial(0, 0.6, 100, 300, { source: 'estimated' }), trial(1, 0.7, 100, 150)];
    expect(memoryScatter(points)).toEqual([
      [150, 300],
      [0.7, null],
      [null, 0.6],
    ]);
  });

  it('leaves out trials without a memory figure', () => {
    expect(memoryScatter([trial(0, 0.6, 100, null)])[0]).toEqual([]);
  });
});

describe('memoryText', () => {
  it('labels an estimated memory figure as estimated', () => {
    expect(memoryText(trial(0, 0.6, 100, 150, { source: 'estimated' }).figures)).toBe('150.0 MiB (estimated)');
  });

  it('shows a dash without a memory figure', () => {
    expect(memoryText(trial(0, 0.6, 100, null).figures)).toBe('–');
  });
});
