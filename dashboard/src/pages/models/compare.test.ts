import { describe, expect, it } from 'vitest';

import { compareRows, selectionOf, toggled } from './compare';
import type { ComparisonTable, MeasuredPerformance } from './types';

const perModel = <T,>(a: T, b: T): Record<string, T> => ({ a, b });

function table(overrides: Partial<ComparisonTable> = {}): ComparisonTable {
  return {
    measured_performance: perModel<MeasuredPerformance | null>(null, null),
    performance: perModel(0.6, 0.4),
    memory_usage: perModel(2.0, 1.0),
    scores_by_category: perModel<Record<string, number | null> | null>({ general: 0.6 }, { code: 0.4 }),
    disk_size_gb: perModel(1.5, 1.5),
    context_length: perModel(8192, null),
    parameter_count: perModel(1e9, 5e8),
    expected_tokens_per_second: perModel(null, null),
    placement: perModel('cpu_only', 'cpu_only'),
    capabilities: perModel(['completion'], ['completion', 'tools']),
    license: perModel('MIT', null),
    ...overrides,
  };
}

const rowOf = (label: string) => compareRows(table(), ['a', 'b']).find((r) => r.label === label)!;

describe('selectionOf', () => {
  it('keeps at most four distinct names', () => {
    expect(selectionOf(new URLSearchParams('models=a,b,a,c, d ,e'))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('toggled', () => {
  it('adds a model while there is room', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
  });

  it('refuses a fifth model', () => {
    expect(toggled(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removes a chosen model', () => {
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('compareRows', () => {
  it('marks the higher score as best', () => {
    expect(rowOf('Best category score').best).toBe(0);
  });

  it('marks the smaller memory as best and labels it estimated', () => {
    expect([rowOf('Memory (4K context, f16 KV)').best, rowOf('Memory (4K context, f16 KV)').basis]).toEqual([1, 'estimated']);
  });

  it('marks nothing on a tie', () => {
    expect(rowOf('Download size').best).toBeNull();
  });

  it('marks nothing when only one model has a value', () => {
    expect(rowOf('Context length').best).toBeNull();
  });

  it('has a row per category any model is scored in, a dash where one is not', () => {
    expect([rowOf('Score: code').cells, rowOf('Score: general').cells]).toEqual([
      ['–', '0.400'],
      ['0.600', '–'],
    ]);
  });
});
