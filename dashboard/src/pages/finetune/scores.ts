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

/** What a version (or a fine-tuned model's lineage) says the job measured. */
export type MeasuredVersion = Pick<ModelVersion, 'score_name' | 'base_score' | 'tuned_score' | 'answer_accuracy'>;

/**
 * Base vs tuned from the job's deployed version, as the service measured them on the validation split: the run's own
 * score, then the answers' accuracy when it is a second measure (the modelfile backend's score is that accuracy).
 */
export function scoreComparisons(version: MeasuredVersion | undefined): ScoreComparison[] {
  if (!version) return [];
  const out: ScoreComparison[] = [];
  if (version.score_name) {
    const own = comparison(version.score_name.replace(/_/g, ' '), version.base_score, version.tuned_score,
      /loss|perplexity|error/i.test(version.score_name));
    if (own) out.push(own);
  }
  const answers = version.answer_accuracy;
  if (answers && version.score_name !== 'validation_accuracy') {
    const measured = comparison(`answer accuracy (${answers.examples} prompts)`, answers.base, answers.tuned, false);
    if (measured) out.push(measured);
  }
  return out;
}

function comparison(name: string, base: number | undefined, tuned: number | undefined, lowerIsBetter: boolean) {
  if (base === undefined || tuned === undefined || !Number.isFinite(base) || !Number.isFinite(tuned)) return null;
  return {
    name,
    base,
    tuned,
    lowerIsBetter,
    improved: base === tuned ? null : lowerIsBetter ? tuned < base : tuned > base,
  };
}

/** The job's own version among a target model's versions. */
export const versionOfJob = (versions: ModelVersion[], jobId: string) => versions.find((v) => v.job_id === jobId);
