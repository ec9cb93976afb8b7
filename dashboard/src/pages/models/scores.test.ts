import { describe, expect, it } from 'vitest';

import { categoryOfSuite, parametersText, scoreRows } from './scores';
import type { CategoryScore, MeasuredPerformance } from './types';

const published = (category: string, score: number | null): CategoryScore => ({ category, score, benchmarks: [], basis: 'b' });

const session = (id: string, modelType: string | null): MeasuredPerformance => ({
  basis: 'measured',
  session_id: id,
  host_id: 'h',
  model: 'm',
  model_type: modelType,
  objective: 'maximize_quality',
  objectives: ['maximize_quality'],
  strategy: 'random_search',
  trials: 4,
  trial_number: 2,
  overall_score: 0.5,
  best_parameters: {},
  quality: 0.5,
  quality_noise: null,
  mean_latency_ms: 100,
  mean_ttft_ms: 10,
  tokens_per_second: 20,
  memory_bytes: null,
  memory_source: null,
  measured_at: '2026-12-03T00:00:00Z',
});

describe('categoryOfSuite', () => {
  it('puts the analysis suite beside the math score', () => {
    expect(categoryOfSuite('analysis')).toBe('math');
  });

  it('puts a session without a model type beside the general score', () => {
    expect(categoryOfSuite(null)).toBe('general');
  });
});

describe('scoreRows', () => {
  it('shows a session beside the published score of its suite’s category', () => {
    const rows = scoreRows({ general: published('general', 0.3), small: published('small', 0.2) }, [session('s1', 'general')]);
    expect(rows.map((r) => [r.category, r.measured.map((m) => m.session_id)])).toEqual([
      ['general', ['s1']],
      ['small', []],
    ]);
  });

  it('adds a row without a published score for a suite the model has no category for', () => {
    const rows = scoreRows({ small: published('small', 0.2) }, [session('s1', 'code')]);
    expect(rows.map((r) => [r.category, r.published.score])).toEqual([
      ['small', 0.2],
      ['code', null],
    ]);
  });
});

describe('parametersText', () => {
  it('lists parameters sorted by name', () => {
    expect(parametersText({ top_k: 20, temperature: 0.2 })).toBe('temperature=0.2, top_k=20');
  });

  it("says Ollama's defaults when there are none", () => {
    expect(parametersText({})).toBe("Ollama's defaults");
  });
});
