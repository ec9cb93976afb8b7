import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';

import { Chart } from '../../components/Chart';
import { number } from '../../lib/format';
import { latencyScatter, memoryScatter, memoryText, tradeOffFront } from './tradeOff';
import type { ParetoSummary, TradeOffPoint } from './types';

const dots = (label: string, color: string): uPlot.Series => ({
  label,
  stroke: color,
  fill: color + '55',
  paths: () => null,
  points: { show: true, size: 9, stroke: color, fill: color + '55' },
});

const LATENCY_OPTIONS: Omit<uPlot.Options, 'width' | 'height'> = {
  scales: { x: { time: false } },
  axes: [{ label: 'mean latency per prompt (ms)' }, { label: 'quality (0–1)' }],
  series: [
    { label: 'latency ms' },
    dots('trade-off front', '#1a7f37'),
    dots('other feasible', '#0969da'),
    dots('infeasible', '#cf222e'),
  ],
};

const MEMORY_OPTIONS: Omit<uPlot.Options, 'width' | 'height'> = {
  scales: { x: { time: false } },
  axes: [{ label: 'loaded model memory (MiB)' }, { label: 'quality (0–1)' }],
  series: [{ label: 'memory MiB' }, dots('memory measured (/api/ps)', '#0969da'), dots('memory estimated', '#9a6700')],
};

/**
 * The quality / latency / memory scatter of the measured trials: quality against latency (the `pareto` chart, the
 * trials no other beats on all three highlighted) and quality against memory, with the numbers in a table.
 */
export function TradeOffCharts({ points, pareto }: { points: TradeOffPoint[]; pareto: ParetoSummary | null }) {
  const front = useMemo(() => tradeOffFront(points), [points]);
  const latency = useMemo(() => latencyScatter(points, front), [points, front]);
  const memory = useMemo(() => memoryScatter(points), [points]);
  const estimated = points.some((p) => p.figures.memory_source === 'estimated');

  return (
    <figure class="optimize-figure">
      {points.length === 0 && <p>No measured trial yet.</p>}
      <Chart
        id="pareto"
        label={`Trade-off: quality against mean latency of ${points.length} measured trials, ${front.size} on the quality/latency/memory front`}
        options={LATENCY_OPTIONS}
        data={latency}
      />
      {memory[0].length > 0 && (
        <Chart
          id="pareto-memory"
          label={`Quality against loaded model memory of ${memory[0].length} trials${estimated ? ', some memory figures estimated' : ''}`}
          options={MEMORY_OPTIONS}
          data={memory}
          height={220}
        />
      )}
      <figcaption class="hint">
        The front: feasible trials no other feasible trial beats on quality, latency and memory at once.
        {estimated && ' Memory marked “estimated” was computed by the estimator where Ollama reported none.'}
        {pareto && ` The session's own Pareto front over ${pareto.objectives.join(', ')} has ${pareto.front.length} trials, hypervolume ${number(pareto.hypervolume, 4)}.`}
      </figcaption>
      <details>
        <summary>Trade-off as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Trial</th>
              <th scope="col">Quality</th>
              <th scope="col">Mean latency</th>
              <th scope="col">Time to first token</th>
              <th scope="col">Tokens/s</th>
              <th scope="col">Memory</th>
              <th scope="col">Feasible</th>
              <th scope="col">Trade-off front</th>
              {pareto && <th scope="col">Session front</th>}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.trial_number}>
                <td>{p.trial_number}</td>
                <td>{number(p.figures.quality, 3)}</td>
                <td>{number(p.figures.mean_latency_ms, 0)} ms</td>
                <td>{number(p.figures.mean_ttft_ms, 0)} ms</td>
                <td>{number(p.figures.tokens_per_second, 1)}</td>
                <td>{memoryText(p.figures)}</td>
                <td>{p.feasible ? 'yes' : 'no'}</td>
                <td>{front.has(p.trial_number) ? 'yes' : 'no'}</td>
                {pareto && <td>{p.on_front ? 'yes' : 'no'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
