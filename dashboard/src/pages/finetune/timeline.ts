import type { Transition } from './types';

/** One stretch of a job's life: from a transition to the next one (or to now, while it lasts). */
export interface Stretch {
  sequence: number;
  label: string;
  status: string;
  start: string;
  seconds: number;
  /** True for the stretch the job is in now (the last one of a job that is not finished). */
  current: boolean;
  /** The transition's message, when it says more than the status and phase names. */
  message?: string;
  errorCode?: string;
}

/**
 * The phase timeline from the stored transitions (in sequence order): a job's status, and within training its
 * phase. A finished job's last transition is its end, so it has no length.
 */
export function phaseTimeline(transitions: Transition[], finished: boolean, now: number = Date.now()): Stretch[] {
  const ordered = [...transitions].sort((a, b) => a.sequence - b.sequence);
  return ordered.map((t, i) => {
    const last = i === ordered.length - 1;
    const end = last ? (finished ? Date.parse(t.at) : now) : Date.parse(ordered[i + 1].at);
    return {
      sequence: t.sequence,
      label: t.phase ? `${t.status} · ${t.phase}` : t.status,
      status: t.status,
      start: t.at,
      seconds: Math.max(0, (end - Date.parse(t.at)) / 1000),
      current: last && !finished,
      message: t.message && t.message !== t.phase && t.message !== t.status ? t.message : undefined,
      errorCode: t.error_code,
    };
  });
}

/** Each stretch's share of the whole (0..1) for drawing them side by side; all equal when none has length. */
export function shares(stretches: Stretch[]): number[] {
  const total = stretches.reduce((sum, s) => sum + s.seconds, 0);
  return stretches.map((s) => (total > 0 ? s.seconds / total : 1 / stretches.length));
}
