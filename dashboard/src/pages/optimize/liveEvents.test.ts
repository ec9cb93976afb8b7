import { describe, expect, it } from 'vitest';

import { SESSION_EVENTS, announcement } from './liveEvents';

const event = (name: string, data: object) => ({ event: name, data: JSON.stringify(data) });

describe('announcement', () => {
  it('names a finished trial and its score', () => {
    expect(announcement(event(SESSION_EVENTS.trialCompleted, { trial_number: 3, overall_score: 0.61234, feasible: true }))).toBe(
      'Trial 3 finished, score 0.612.',
    );
  });

  it('says when a finished trial broke a constraint', () => {
    expect(announcement(event(SESSION_EVENTS.trialCompleted, { trial_number: 1, overall_score: 0.5, feasible: false }))).toBe(
      'Trial 1 finished, score 0.500 (infeasible).',
    );
  });

  it('gives the end status and its reason', () => {
    expect(announcement(event(SESSION_EVENTS.finished, { status: 'cancelled', reason: 'cancelled by alice' }))).toBe(
      'Session cancelled: cancelled by alice.',
    );
  });

  it('ignores data that is not JSON', () => {
    expect(announcement({ event: SESSION_EVENTS.started, data: 'not json' })).toBeNull();
  });

  it('ignores an event it does not know', () => {
    expect(announcement(event('io.oeml.other', {}))).toBeNull();
  });
});
