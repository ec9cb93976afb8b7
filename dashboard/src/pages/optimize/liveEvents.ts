import type { ServerEvent } from '../../api/client';

/** CloudEvents types of optimizer.session-events, the SSE event names of GET /events/{id}. */
export const SESSION_EVENTS = {
  started: 'io.oeml.optimizer.session.started',
  trialCompleted: 'io.oeml.optimizer.trial.completed',
  bestImproved: 'io.oeml.optimizer.best.improved',
  finished: 'io.oeml.optimizer.session.finished',
} as const;

/** The line a screen reader hears for a session event; null for events the page does not announce. */
export function announcement(event: ServerEvent): string | null {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(event.data) as Record<string, unknown>;
  } catch {
    return null;
  }
  const score = typeof data.overall_score === 'number' ? data.overall_score.toFixed(3) : '–';
  switch (event.event) {
    case SESSION_EVENTS.started:
      return data.resumed ? 'Session resumed.' : 'Session started.';
    case SESSION_EVENTS.trialCompleted:
      return `Trial ${data.trial_number} finished, score ${score}${data.feasible === false ? ' (infeasible)' : ''}.`;
    case SESSION_EVENTS.bestImproved:
      return `New best: trial ${data.trial_number}, score ${score}.`;
    case SESSION_EVENTS.finished:
      return `Session ${data.status}${data.reason ? ': ' + data.reason : ''}.`;
    default:
      return null;
  }
}
