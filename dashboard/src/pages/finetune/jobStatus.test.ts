import { describe, expect, it } from 'vitest';

import { job } from './fixtures';
import { canCancel, duration, jobsByStatus, statusCounts, statusFilter, withProgress } from './jobStatus';

describe('jobsByStatus', () => {
  it('puts jobs still moving before finished ones', () => {
    const groups = jobsByStatus([job({ job_id: 'a', status: 'completed' }), job({ job_id: 'b', status: 'training' })]);
    expect(groups.map((g) => g.status)).toEqual(['training', 'completed']);
  });

  it('orders a status group newest first', () => {
    const groups = jobsByStatus([
      job({ job_id: 'old', status: 'failed', created_at: '2026-12-01T00:00:00Z' }),
      job({ job_id: 'new', status: 'failed', created_at: '2026-12-02T00:00:00Z' }),
    ]);
    expect(groups[0].jobs.map((j) => j.job_id)).toEqual(['new', 'old']);
  });
});

describe('statusCounts', () => {
  it('counts every status, zero for those without jobs', () => {
    const counts = statusCounts([job({ status: 'queued' }), job({ status: 'queued' })]);
    expect(counts.queued).toBe(2);
    expect(counts.completed).toBe(0);
  });
});

describe('statusFilter', () => {
  it('accepts one of the seven statuses', () => {
    expect(statusFilter('failed')).toBe('failed');
  });

  it('ignores any other value', () => {
    expect(statusFilter('running')).toBeNull();
  });
});

describe('canCancel', () => {
  it('offers cancel for a training job', () => {
    expect(canCancel(job({ status: 'training' }))).toBe(true);
  });

  it('does not offer cancel once asked', () => {
    expect(canCancel(job({ status: 'training', cancel_requested: true }))).toBe(false);
  });

  it('does not offer cancel for a finished job', () => {
    expect(canCancel(job({ status: 'completed' }))).toBe(false);
  });
});

describe('withProgress', () => {
  it('takes status, phase, progress and ETA from the event', () => {
    const updated = withProgress(job(), {
      job_id: 'job-1',
      status: 'training',
      current_phase: 'evaluating',
      progress: 0.9,
      eta_seconds: 12,
      sequence: 7,
    });
    expect([updated.current_phase, updated.progress, updated.eta_seconds, updated.sequence]).toEqual(['evaluating', 0.9, 12, 7]);
  });

  it('keeps the latest step when the event has none', () => {
    const before = job({ metrics: { step: { kind: 'step', attempt: 1, step: 3, epoch: 1, at: 'x' } } });
    const updated = withProgress(before, { job_id: 'job-1', status: 'training', progress: 0.5, sequence: 5 });
    expect(updated.metrics?.step?.step).toBe(3);
  });
});

describe('duration', () => {
  it('shows seconds under a minute', () => {
    expect(duration(42)).toBe('42 s');
  });

  it('shows minutes and seconds', () => {
    expect(duration(250)).toBe('4 min 10 s');
  });

  it('shows a dash without an ETA', () => {
    expect(duration(undefined)).toBe('–');
  });
});
