import { describe, expect, it } from 'vitest';

import { version } from './fixtures';
import { scoreComparisons, versionOfJob } from './scores';

describe('scoreComparisons', () => {
  it('counts a lower validation loss as an improvement', () => {
    expect(scoreComparisons(version({ base_score: 0.7, tuned_score: 0.4 }))[0]).toMatchObject({
      lowerIsBetter: true,
      improved: true,
    });
  });

  it('counts a higher validation accuracy as an improvement', () => {
    const [comparison] = scoreComparisons(
      version({ score_name: 'validation_accuracy', base_score: 0.2, tuned_score: 0.3 }),
    );
    expect(comparison).toMatchObject({ name: 'validation accuracy', lowerIsBetter: false, improved: true });
  });

  it('says so when the tuned model did worse', () => {
    expect(scoreComparisons(version({ base_score: 0.4, tuned_score: 0.5 }))[0]?.improved).toBe(false);
  });

  it('has nothing to compare without both scores', () => {
    expect(scoreComparisons(version({ tuned_score: undefined }))).toEqual([]);
  });

  it('adds the answers accuracy after the validation loss, higher being better', () => {
    const comparisons = scoreComparisons(version({ answer_accuracy: { base: 0.22, tuned: 0.19, examples: 7 } }));
    expect(comparisons.map((c) => c.name)).toEqual(['validation loss', 'answer accuracy (7 prompts)']);
    expect(comparisons[1]).toMatchObject({ lowerIsBetter: false, improved: false });
  });

  it('shows a modelfile run\'s accuracy once, since its score is the answers accuracy', () => {
    const modelfile = version({
      score_name: 'validation_accuracy',
      base_score: 0.2,
      tuned_score: 0.4,
      answer_accuracy: { base: 0.2, tuned: 0.4, examples: 3 },
    });
    expect(scoreComparisons(modelfile)).toHaveLength(1);
  });
});

describe('versionOfJob', () => {
  it('finds the version the job deployed', () => {
    const versions = [version({ version: 1, job_id: 'a' }), version({ version: 2, job_id: 'b' })];
    expect(versionOfJob(versions, 'b')?.version).toBe(2);
  });
});
