import { describe, expect, it } from 'vitest';

import { pValueText, sensitivityBars } from './sensitivity';
import type { ParameterSensitivity, Sensitivity } from './types';

const analysis = (parameters: ParameterSensitivity[]): Sensitivity => ({
  method: 'spearman_rho+eta_squared',
  description: 'test',
  trials: 12,
  minimum_trials: 10,
  meaningful: true,
  note: null,
  parameters,
});

const rho = (parameter: string, value: number | null, note: string | null = null): ParameterSensitivity => ({
  parameter,
  statistic: 'spearman_rho',
  value,
  importance: value === null ? null : value * value,
  p_value: value === null ? null : 0.01,
  trials: 12,
  note,
});

describe('sensitivityBars', () => {
  it('sizes a bar by its importance, rho squared', () => {
    expect(sensitivityBars(analysis([rho('temperature', -0.9)]))[0].width).toBe(81);
  });

  it('says a negative rho means a lower value went with a better score', () => {
    expect(sensitivityBars(analysis([rho('temperature', -0.9)]))[0].direction).toBe('lower is better');
  });

  it('gives a categorical parameter eta squared and no direction', () => {
    const bar = sensitivityBars(
      analysis([{ parameter: 'num_ctx', statistic: 'eta_squared', value: 0.5, importance: 0.5, p_value: 0.2, trials: 12, note: null }]),
    )[0];
    expect([bar.statistic, bar.direction, bar.width]).toEqual(['η² 0.50', null, 50]);
  });

  it('keeps a parameter without a value, with its note and an empty bar', () => {
    const bar = sensitivityBars(analysis([rho('top_k', null, 'did not vary')]))[0];
    expect([bar.statistic, bar.width, bar.note]).toEqual(['Spearman ρ', 0, 'did not vary']);
  });

  it('keeps the order the API gives, most important first', () => {
    expect(sensitivityBars(analysis([rho('a', 0.9), rho('b', 0.1)])).map((bar) => bar.parameter)).toEqual(['a', 'b']);
  });
});

describe('pValueText', () => {
  it('writes a tiny p-value as a bound', () => {
    expect(pValueText(1e-7)).toBe('p < 0.001');
  });

  it('writes two significant digits otherwise', () => {
    expect(pValueText(0.04321)).toBe('p = 0.043');
  });
});
