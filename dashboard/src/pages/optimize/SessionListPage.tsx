import { useApi } from '../../api/useApi';
import { useCaller } from '../../app/CallerContext';
import { href, navigate } from '../../app/router';
import { isAdmin } from '../../auth/caller';
import { WhenLoaded } from '../../components/Status';
import { age, number } from '../../lib/format';
import { SESSION_STATUSES, type SessionList } from './types';

/** `#/optimization`: the caller's sessions (an admin's: everyone's), newest first, optionally of one status. */
export function SessionListPage({ status }: { status: string | null }) {
  const caller = useCaller();
  const path = '/api/ai/ollama/optimization/sessions' + (status ? '?status=' + encodeURIComponent(status) : '');
  const loaded = useApi<SessionList>(path);
  const showOwner = isAdmin(caller);

  return (
    <section class="optimize">
      <h1>Optimization sessions</h1>
      <div class="optimize-toolbar">
        <label>
          Status{' '}
          <select
            value={status ?? ''}
            onChange={(event) => {
              const value = (event.target as HTMLSelectElement).value;
              navigate(href('/optimization', {}, value ? { status: value } : undefined));
            }}
          >
            <option value="">any</option>
            {SESSION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={loaded.reload}>
          Refresh
        </button>
        <a class="optimize-new" href={href('/optimization/new')}>
          New session
        </a>
      </div>
      <WhenLoaded loaded={loaded}>
        {(list) =>
          list.sessions.length === 0 ? (
            <p>No sessions{status ? ` with status ${status}` : ''} yet.</p>
          ) : (
            <table data-sessions>
              <caption>
                {list.total} session{list.total === 1 ? '' : 's'}, newest first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Session</th>
                  <th scope="col">Model</th>
                  {showOwner && <th scope="col">Owner</th>}
                  <th scope="col">Status</th>
                  <th scope="col">Objective</th>
                  <th scope="col">Strategy</th>
                  <th scope="col">Trials</th>
                  <th scope="col">Best score</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {list.sessions.map((s) => (
                  <tr key={s.session_id} data-session={s.session_id}>
                    <td>
                      <a href={href('/optimization/sessions/:id', { id: s.session_id })}>{s.session_id}</a>
                    </td>
                    <td>{s.external ? <em>external</em> : s.model_name}</td>
                    {showOwner && <td>{s.owner}</td>}
                    <td>
                      <span class={'optimize-status optimize-status-' + s.status}>{s.status}</span>
                    </td>
                    <td>{s.objectives.join(', ')}</td>
                    <td>{s.strategy}</td>
                    <td>
                      {s.current_iteration} / {s.max_iterations}
                    </td>
                    <td>{s.best_result ? number(s.best_result.overall_score, 3) : '–'}</td>
                    <td title={s.created_at}>{age(s.created_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </WhenLoaded>
    </section>
  );
}
