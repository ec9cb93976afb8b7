import type { ModelVersion } from './types';

export interface ScoreComparison {
  name: string;
  base: number;
  tuned: number;
  /** True when lower is better (a loss), false for a score such as accuracy. */
  lowerIsBetter: boolean;
  /** True when the tuned model did better than the base on the held-out data; null when they are equal. */
  improved: boolean | null;
}

/** Base vs tuned from the job's deployed version, as the service measured them on the validation split. */
export function scoreComparison(version: ModelVersion | undefined): ScoreComparison | null {
  if (!version || !version.score_name) return null;
  const { base_score: base, tuned_score: tuned } = version;
  if (base === undefined || tuned === undefined || !Number.isFinite(base) || !Number.isFinite(tuned)) return null;
  const lowerIsBetter = /loss|perplexity|error/i.test(version.score_name);
  return {
    name: version.score_name.replace(/_/g, ' '),
    base,
    tuned,
    lowerIsBetter,
    improved: base === tuned ? null : lowerIsBetter ? tuned < base : tuned > base,
  };
}

/** The job's own version among a target model's versions. */
export const versionOfJob = (versions: ModelVersion[], jobId: string) => versions.find((v) => v.job_id === jobId);
