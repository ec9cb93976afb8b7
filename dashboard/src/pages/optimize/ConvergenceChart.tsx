import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';

import { Chart } from '../../components/Chart';
import { number } from '../../lib/format';
import { convergenceData, scoreMeaning } from './convergence';
import type { ConvergencePoint } from './types';

const dots = (stroke: string, fill: string): uPlot.Series => ({
  stroke,
  fill,
  paths: () => null,
  points: { show: true, size: 8, stroke, fill },
});

/** Best score by trial: one point per finished trial, the best feasible so far as a step line. */
export function ConvergenceChart({ points, objective }: { points: ConvergencePoint[]; objective: string }) {
  const data = useMemo(() => convergenceData(points), [points]);
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      scales: { x: { time: false } },
      axes: [{ label: 'trial' }, { label: `overall score: ${scoreMeaning(objective)}, higher is better` }],
      series: [
        { label: 'trial' },
        { label: 'score (feasible)', ...dots('#0969da', '#0969da55') },
        { label: 'score (infeasible)', ...dots('#cf222e', '#cf222e55') },
        { label: 'best so far', stroke: '#1a7f37', width: 2, spanGaps: true, paths: uPlot.paths.stepped!({ align: 1 }) },
      ],
    }),
    [objective],
  );
  const best = points.length > 0 ? points[points.length - 1].best_score : null;

  return (
    <figure class="optimize-figure">
      <Chart
        id="convergence"
        label={`Convergence: overall score of each of ${points.length} finished trials and the best so far${
          best === null ? '' : ` (now ${number(best, 3)})`
        }`}
        options={options}
        data={data}
      />
      <details>
        <summary>Convergence as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Trial</th>
              <th scope="col">Score</th>
              <th scope="col">Feasible</th>
              <th scope="col">Best so far</th>
              <th scope="col">Set by trial</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.trial_number}>
                <td>{p.trial_number}</td>
                <td>{number(p.score, 4)}</td>
                <td>{p.feasible ? 'yes' : 'no'}</td>
                <td>{number(p.best_score, 4)}</td>
                <td>{p.best_trial_number ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
