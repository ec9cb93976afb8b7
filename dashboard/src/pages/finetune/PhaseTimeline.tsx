import { duration } from './jobStatus';
import { phaseTimeline, shares } from './timeline';
import type { Transition } from './types';

/** The job's statuses and phases in order, each as long as it lasted (a bar for the eye, a list for the numbers). */
export function PhaseTimeline({ transitions, finished }: { transitions: Transition[]; finished: boolean }) {
  const stretches = phaseTimeline(transitions, finished);
  const widths = shares(stretches);
  return (
    <div class="timeline" data-phase-timeline>
      <div class="timeline-bar" aria-hidden="true">
        {stretches.map((s, i) => (
          <span
            key={s.sequence}
            class={`stretch status-${s.status}${s.current ? ' current' : ''}`}
            style={{ flexGrow: widths[i], flexBasis: 0 }}
            title={`${s.label}: ${duration(s.seconds)}`}
          />
        ))}
      </div>
      <ol>
        {stretches.map((s) => (
          <li key={s.sequence} class={s.current ? 'current' : undefined}>
            <time dateTime={s.start}>{new Date(s.start).toLocaleTimeString()}</time>{' '}
            <span class={`status status-${s.status}`}>{s.label}</span>
            {s.current ? `, ${duration(s.seconds)} so far` : s.seconds > 0 ? `, ${duration(s.seconds)}` : ''}
            {s.errorCode && (
              <>
                {' '}
                <code>{s.errorCode}</code>
              </>
            )}
            {s.message && (
              <span class="hint"> — {s.message}</span>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
