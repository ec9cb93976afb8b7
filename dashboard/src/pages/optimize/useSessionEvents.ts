import { useEffect, useRef } from 'preact/hooks';

import { type ServerEvent, followEvents } from '../../api/client';

/** Also read the session again this often while it runs: the event stream replays nothing missed while it reconnects. */
const POLL_MS = 15_000;
/** A trial's TrialCompleted and BestImproved arrive together: one reload for both. */
const SETTLE_MS = 250;

/**
 * While `active`, follows the session's Server-Sent Events: each event is passed to `onEvent` and `refresh` runs once
 * things settle; a slow poll covers events lost while the stream reconnected.
 */
export function useSessionEvents(
  sessionId: string,
  active: boolean,
  refresh: () => void,
  onEvent: (event: ServerEvent) => void,
): void {
  const latest = useRef({ refresh, onEvent });
  latest.current = { refresh, onEvent };

  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = followEvents(
      `/api/ai/ollama/optimization/events/${encodeURIComponent(sessionId)}`,
      (event) => {
        latest.current.onEvent(event);
        clearTimeout(timer);
        timer = setTimeout(() => latest.current.refresh(), SETTLE_MS);
      },
      () => latest.current.refresh(),
    );
    const poll = setInterval(() => latest.current.refresh(), POLL_MS);
    return () => {
      stop();
      clearTimeout(timer);
      clearInterval(poll);
    };
  }, [sessionId, active]);
}
