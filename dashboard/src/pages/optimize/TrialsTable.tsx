import { number } from '../../lib/format';
import { memoryText } from './tradeOff';
import type { Trial } from './types';

const parametersText = (parameters: Record<string, unknown>) =>
  Object.entries(parameters)
    .map(([name, value]) => `${name}=${typeof value === 'number' ? Number(value.toPrecision(4)) : String(value)}`)
    .join(', ');

/** Every trial by number, the failed ones with their error: what each measured on which host. */
export function TrialsTable({ trials }: { trials: Trial[] }) {
  if (trials.length === 0) return <p>No trial yet.</p>;
  return (
    <div class="optimize-scroll">
      <table data-trials>
        <thead>
          <tr>
            <th scope="col">Trial</th>
            <th scope="col">Status</th>
            <th scope="col">Parameters</th>
            <th scope="col">Score</th>
            <th scope="col">Quality</th>
            <th scope="col">Latency</th>
            <th scope="col">Tokens/s</th>
            <th scope="col">Memory</th>
            <th scope="col">Host</th>
            <th scope="col">Took</th>
          </tr>
        </thead>
        <tbody>
          {trials.map((t) => (
            <tr key={t.trial_number} data-trial={t.trial_number} data-trial-status={t.status}>
              <td>{t.trial_number}</td>
              <td>
                {t.status}
                {t.feasible === false && ' (infeasible)'}
                {t.error && <div class="error">{t.error}</div>}
              </td>
              <td class="optimize-params">{parametersText(t.parameters)}</td>
              <td>{number(t.overall_score, 4)}</td>
              <td>{t.figures ? number(t.figures.quality, 3) : '–'}</td>
              <td>{t.figures ? `${number(t.figures.mean_latency_ms, 0)} ms` : '–'}</td>
              <td>{t.figures ? number(t.figures.tokens_per_second, 1) : '–'}</td>
              <td>{t.figures ? memoryText(t.figures) : '–'}</td>
              <td>{t.host_id ?? '–'}</td>
              <td>{t.duration_ms == null ? '–' : `${(t.duration_ms / 1000).toFixed(1)} s`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
