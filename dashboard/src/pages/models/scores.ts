import type { CategoryScore, MeasuredPerformance } from './types';

/**
 * The published category an optimizer session's evaluation suite is closest to, so its measured quality is shown
 * beside that score (library-service maps tasks to suites the same way: code → code, analysis → math, general and
 * creative → general). It is shown beside, not compared: a session's quality is its own suite's score.
 */
export function categoryOfSuite(modelType: string | null): string {
  switch (modelType) {
    case 'code':
      return 'code';
    case 'analysis':
      return 'math';
    default:
      return 'general';
  }
}

export interface ScoreRow {
  category: string;
  published: CategoryScore;
  measured: MeasuredPerformance[];
}

/**
 * One row per category the model is in, its published score, and the optimizer results whose suite matches it; a
 * result whose category the model is not in gets a row of its own with no published score.
 */
export function scoreRows(scores: Record<string, CategoryScore>, measured: MeasuredPerformance[]): ScoreRow[] {
  const rows: ScoreRow[] = Object.entries(scores).map(([category, published]) => ({ category, published, measured: [] }));
  for (const result of measured) {
    const category = categoryOfSuite(result.model_type);
    let target = rows.find((r) => r.category === category);
    if (!target) {
      target = {
        category,
        published: { category, score: null, benchmarks: [], basis: 'the model is not in this category' },
        measured: [],
      };
      rows.push(target);
    }
    target.measured.push(result);
  }
  return rows;
}

/** `temperature=0.2, top_k=20` (sorted by name), or Ollama's defaults. */
export function parametersText(parameters: Record<string, unknown>): string {
  const entries = Object.entries(parameters).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? entries.map(([k, v]) => `${k}=${String(v)}`).join(', ') : "Ollama's defaults";
}
