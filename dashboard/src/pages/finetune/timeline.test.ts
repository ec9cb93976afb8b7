import { describe, expect, it } from 'vitest';

import { transition } from './fixtures';
import { phaseTimeline, shares } from './timeline';

describe('phaseTimeline', () => {
  it('lasts from one transition to the next', () => {
    const stretches = phaseTimeline(
      [transition(1, 'pending', '2026-12-03T08:00:00Z'), transition(2, 'validating', '2026-12-03T08:00:30Z')],
      false,
      Date.parse('2026-12-03T08:01:00Z'),
    );
    expect(stretches.map((s) => s.seconds)).toEqual([30, 30]);
  });

  it('labels a training stretch with its phase', () => {
    const [stretch] = phaseTimeline([transition(1, 'training', '2026-12-03T08:00:00Z', 'evaluating')], false, 0);
    expect(stretch.label).toBe('training · evaluating');
  });

  it('marks the last stretch of an unfinished job as current', () => {
    const stretches = phaseTimeline(
      [transition(1, 'pending', '2026-12-03T08:00:00Z'), transition(2, 'queued', '2026-12-03T08:00:10Z')],
      false,
      Date.parse('2026-12-03T08:00:20Z'),
    );
    expect(stretches.map((s) => s.current)).toEqual([false, true]);
  });

  it('gives a finished job’s final transition no length', () => {
    const stretches = phaseTimeline(
      [transition(1, 'training', '2026-12-03T08:00:00Z'), transition(2, 'completed', '2026-12-03T08:05:00Z')],
      true,
      Date.parse('2026-12-03T09:00:00Z'),
    );
    expect(stretches[1]).toMatchObject({ seconds: 0, current: false });
  });

  it('orders transitions by sequence', () => {
    const stretches = phaseTimeline(
      [transition(2, 'queued', '2026-12-03T08:00:10Z'), transition(1, 'pending', '2026-12-03T08:00:00Z')],
      true,
    );
    expect(stretches.map((s) => s.status)).toEqual(['pending', 'queued']);
  });

  it('leaves out a message that only repeats the phase', () => {
    const repeated = { ...transition(1, 'training', '2026-12-03T08:00:00Z', 'preparing'), message: 'preparing' };
    expect(phaseTimeline([repeated], false, 0)[0].message).toBeUndefined();
  });
});

describe('shares', () => {
  it('splits the whole by length', () => {
    const stretches = phaseTimeline(
      [
        transition(1, 'pending', '2026-12-03T08:00:00Z'),
        transition(2, 'queued', '2026-12-03T08:00:10Z'),
        transition(3, 'completed', '2026-12-03T08:00:40Z'),
      ],
      true,
    );
    expect(shares(stretches)).toEqual([0.25, 0.75, 0]);
  });
});
