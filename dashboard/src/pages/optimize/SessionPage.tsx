import { useCallback, useState } from 'preact/hooks';

import { postForm } from '../../api/client';
import { useApi } from '../../api/useApi';
import { href } from '../../app/router';
import { ErrorMessage, WhenLoaded } from '../../components/Status';
import { age, number } from '../../lib/format';
import { BestParametersBlock } from './BestParametersBlock';
import { ConvergenceChart } from './ConvergenceChart';
import { announcement } from './liveEvents';
import { SensitivityBars } from './SensitivityBars';
import { TradeOffCharts } from './TradeOffCharts';
import { TrialsTable } from './TrialsTable';
import {
  type BestParameters,
  type ResultsAnswer,
  type Session,
  type SessionAnswer,
  type TrialList,
  isActive,
} from './types';
import { useSessionEvents } from './useSessionEvents';

const BASE = '/api/ai/ollama/optimization';

/**
 * `#/optimization/sessions/:id`: status and progress, the convergence plot, the trade-off scatter, sensitivity, the
 * best parameters and every trial; followed live over the session's event stream while it runs.
 */
export function SessionPage({ id }: { id: string }) {
  const key = encodeURIComponent(id);
  const status = useApi<SessionAnswer>(`${BASE}/status/${key}`);
  const results = useApi<ResultsAnswer>(`${BASE}/results/${key}`);
  const trials = useApi<TrialList>(`${BASE}/trials/${key}`);
  const session = status.data?.session ?? null;
  const best = useApi<BestParameters>(session?.best_result ? `${BASE}/best-parameters/${key}` : null);
  const [live, setLive] = useState('');

  const refresh = useCallback(() => {
    status.reload();
    results.reload();
    trials.reload();
    best.reload();
  }, [status.reload, results.reload, trials.reload, best.reload]);

  useSessionEvents(id, session !== null && isActive(session.status), refresh, (event) => {
    const line = announcement(event);
    if (line) setLive(line);
  });

  return (
    <section class="optimize">
      <p>
        <a href={href('/optimization')}>All sessions</a>
      </p>
      <h1>Optimization session {id}</h1>
      <p class="optimize-live" role="status" aria-live="polite">
        {live}
      </p>
      <WhenLoaded loaded={status}>
        {({ session }) => (
          <>
            <SessionSummary session={session} onChange={refresh} />
            <h2>Convergence</h2>
            <WhenLoaded loaded={results}>
              {({ results }) => <ConvergenceChart points={results.convergence} objective={session.objective} />}
            </WhenLoaded>
            <h2>Quality, latency and memory</h2>
            <WhenLoaded loaded={results}>
              {({ results }) =>
                session.external ? (
                  <p>An external session's trials run elsewhere: it has no measured figures.</p>
                ) : (
                  <TradeOffCharts points={results.trade_off} pareto={results.pareto} />
                )
              }
            </WhenLoaded>
            <h2>Parameter sensitivity</h2>
            <WhenLoaded loaded={results}>{({ results }) => <SensitivityBars sensitivity={results.sensitivity} />}</WhenLoaded>
            <h2>Best parameters</h2>
            {session.best_result ? (
              <BestParametersBlock loaded={best} model={session.model_name} hostId={session.best_result.host_id} />
            ) : (
              <p>No feasible trial yet.</p>
            )}
            <h2>Trials</h2>
            <WhenLoaded loaded={trials}>{({ trials }) => <TrialsTable trials={trials} />}</WhenLoaded>
          </>
        )}
      </WhenLoaded>
    </section>
  );
}

/** The session's definition, status and progress, with start (created) and cancel (created or running). */
function SessionSummary({ session, onChange }: { session: Session; onChange: () => void }) {
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const act = (action: 'start' | 'cancel') => {
    setBusy(true);
    setError(null);
    postForm(`${BASE}/${action}/${encodeURIComponent(session.session_id)}`, new URLSearchParams())
      .then(onChange)
      .catch((failure: Error) => setError(failure))
      .finally(() => setBusy(false));
  };

  return (
    <>
      <dl class="optimize-facts">
        <dt>Status</dt>
        <dd>
          <span class={'optimize-status optimize-status-' + session.status} data-session-status>
            {session.status}
          </span>
          {session.reason && <span class="hint"> ({session.reason})</span>}
        </dd>
        <dt>Progress</dt>
        <dd>
          <progress
            data-session-progress
            max={session.max_iterations}
            value={session.current_iteration}
            aria-label="Trials finished"
          />{' '}
          {session.current_iteration} of {session.max_iterations} trials
        </dd>
        <dt>Model</dt>
        <dd>{session.external ? 'external (ask and tell)' : `${session.model_name} (${session.model_type})`}</dd>
        <dt>Objective{session.objectives.length > 1 ? 's' : ''}</dt>
        <dd>{session.objectives.join(', ')}</dd>
        <dt>Strategy</dt>
        <dd>
          {session.strategy}, {session.parallelism} trial{session.parallelism === 1 ? '' : 's'} per round
        </dd>
        <dt>Best</dt>
        <dd>
          {session.best_result
            ? `trial ${session.best_result.trial_number}, score ${number(session.best_result.overall_score, 4)}${
                session.best_result.host_id ? ' on ' + session.best_result.host_id : ''
              }`
            : '–'}
        </dd>
        <dt>Hosts</dt>
        <dd>{session.hosts.length ? session.hosts.map((h) => h.host_id).join(', ') : '–'}</dd>
        <dt>Seed</dt>
        <dd>{Number.isSafeInteger(session.seed) ? session.seed : 'too large to show exactly here (see the API)'}</dd>
        <dt>Created</dt>
        <dd title={session.created_at}>
          {age(session.created_at)} by {session.owner}
        </dd>
        {session.finished_at ? (
          <>
            <dt>Finished</dt>
            <dd title={session.finished_at}>{age(session.finished_at)}</dd>
          </>
        ) : (
          session.deadline_at && (
            <>
              <dt>Deadline</dt>
              <dd>{new Date(session.deadline_at).toLocaleString()}</dd>
            </>
          )
        )}
      </dl>
      <div class="optimize-toolbar">
        {session.status === 'created' && (
          <button type="button" data-start disabled={busy} onClick={() => act('start')}>
            Start
          </button>
        )}
        {isActive(session.status) && (
          <button type="button" data-cancel disabled={busy} onClick={() => act('cancel')}>
            Cancel session
          </button>
        )}
      </div>
      <ErrorMessage error={error} />
    </>
  );
}

