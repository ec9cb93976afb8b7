import { describe, expect, it } from 'vitest';

import { version } from './fixtures';
import { scoreComparison, versionOfJob } from './scores';

describe('scoreComparison', () => {
  it('counts a lower validation loss as an improvement', () => {
    expect(scoreComparison(version({ base_score: 0.7, tuned_score: 0.4 }))).toMatchObject({
      lowerIsBetter: true,
      improved: true,
    });
  });

  it('counts a higher validation accuracy as an improvement', () => {
    const comparison = scoreComparison(
      version({ score_name: 'validation_accuracy', base_score: 0.2, tuned_score: 0.3 }),
    );
    expect(comparison).toMatchObject({ name: 'validation accuracy', lowerIsBetter: false, improved: true });
  });

  it('says so when the tuned model did worse', () => {
    expect(scoreComparison(version({ base_score: 0.4, tuned_score: 0.5 }))?.improved).toBe(false);
  });

  it('has nothing to compare without both scores', () => {
    expect(scoreComparison(version({ tuned_score: undefined }))).toBeNull();
  });
});

describe('versionOfJob', () => {
  it('finds the version the job deployed', () => {
    const versions = [version({ version: 1, job_id: 'a' }), version({ version: 2, job_id: 'b' })];
    expect(versionOfJob(versions, 'b')?.version).toBe(2);
  });
});
