import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';

import { Chart } from '../../components/Chart';
import { ErrorMessage, Loading } from '../../components/Status';
import { bytes } from '../../lib/format';
import { KV_TYPES, type KvType, type MemoryPoint, chartContexts, contextLabel, memorySeries, pointOf } from './memory';
import { placementWord } from './placement';
import type { EstimateResponse } from './types';
import { useApiAll } from './useApiAll';

const COLORS: Record<KvType, string> = { f16: '#0969da', q8_0: '#1a7f37', q4_0: '#9a6700' };

function estimatePath(model: string, numCtx: number, kvType: KvType): string {
  const params = new URLSearchParams({ model, num_ctx: String(numCtx), kv_cache_type: kvType });
  return '/api/ai/ollama/models/estimate?' + params.toString();
}

/** Estimated memory (what `ollama ps` would show) at several contexts, one line per KV cache type. */
export function MemoryChart({ model, trainedContext }: { model: string; trainedContext: number | null }) {
  const contexts = useMemo(() => chartContexts(trainedContext), [trainedContext]);
  const requests = useMemo(
    () => contexts.flatMap((numCtx) => KV_TYPES.map((kvType) => ({ numCtx, kvType, path: estimatePath(model, numCtx, kvType) }))),
    [model, contexts],
  );
  const loaded = useApiAll<EstimateResponse>(requests.map((r) => r.path));

  const points: MemoryPoint[] = useMemo(
    () =>
      (loaded.data ?? []).flatMap((answer, i) => (answer ? [pointOf(requests[i].numCtx, requests[i].kvType, answer)] : [])),
    [loaded.data],
  );
  const data = useMemo(() => memorySeries(contexts, points) as uPlot.AlignedData, [contexts, points]);
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      scales: { x: { time: false, distr: 3, log: 2 }, y: { range: (_u, _min, max) => [0, max * 1.1] } },
      axes: [
        { label: 'context (num_ctx, tokens)', values: (_u, ticks) => ticks.map(contextLabel) },
        { label: 'GB (estimated)', values: (_u, ticks) => ticks.map((t) => t.toFixed(1)) },
      ],
      series: [
        { label: 'num_ctx', value: (_u, v) => (v == null ? '–' : contextLabel(v)) },
        ...KV_TYPES.map((kv) => ({
          label: `KV ${kv}`,
          stroke: COLORS[kv],
          width: 2,
          points: { show: true },
          value: (_u: uPlot, v: number | null) => (v == null ? '–' : `${v.toFixed(2)} GB`),
        })),
      ],
    }),
    [],
  );
  const host = loaded.data?.find((a) => a)?.host;

  return (
    <section aria-labelledby="memory-heading">
      <h2 id="memory-heading">Memory by context and KV cache type (estimated)</h2>
      <p class="hint">
        The estimator's size of the loaded model (weights, KV cache, compute graph; what <code>ollama ps</code> would show)
        {host ? ` for host ${host}'s Ollama era` : ''}, one slot. An estimate, not a measurement.
      </p>
      <ErrorMessage error={loaded.error} />
      {!loaded.data && <Loading />}
      {/* drawn at once (empty until the estimates arrive), so the page's layout does not jump */}
      <Chart
        id="memory"
        label={`Estimated memory of ${model} at contexts ${contexts.map(contextLabel).join(', ')} for KV cache types ${KV_TYPES.join(', ')}`}
        options={options}
        data={data}
      />
      {loaded.data && (
        <details>
          <summary>The numbers (estimated)</summary>
          <table data-memory-table>
            <thead>
              <tr>
                <th scope="col">num_ctx</th>
                {KV_TYPES.map((kv) => (
                  <th scope="col" key={kv}>
                    KV {kv}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {contexts.map((numCtx) => (
                <tr key={numCtx}>
                  <th scope="row">{numCtx.toLocaleString('en')}</th>
                  {KV_TYPES.map((kv) => {
                    const point = points.find((p) => p.numCtx === numCtx && p.kvType === kv);
                    return (
                      <td class="num" key={kv} title={point ? `KV cache ${bytes(point.kvBytes)}; ${placementWord(point.placement)}` : undefined}>
                        {point ? `${(point.sizeBytes / 1e9).toFixed(2)} GB` : '–'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
