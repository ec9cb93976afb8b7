import { href } from '../../app/router';
import { number } from '../../lib/format';
import { type FitKind, fitKind } from '../../lib/fit';
import { FIT_LABEL, fitText, fitTitle } from './fit';
import type { ModelFacets } from './filters';
import type { FitMatrixRow, HostView } from './types';

/** Models × hosts: each cell the estimated placement, the numbers in its title (hover). */
export function FitMatrixTable({
  hostIds,
  hosts,
  rows,
  facets,
}: {
  hostIds: string[];
  hosts: Map<string, HostView>;
  rows: FitMatrixRow[];
  facets: Map<string, ModelFacets>;
}) {
  return (
    <div class="fit-scroll">
      <table data-fit-matrix class="fit-matrix">
        <caption>
          Estimated placement of each model on each host (libs/estimator, not measured); hover a cell for its numbers.
        </caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            {hostIds.map((id) => {
              const host = hosts.get(id);
              return (
                <th scope="col" key={id}>
                  {host?.hostname ?? id}
                  {host && host.status !== 'online' && <> <span class={`status status-${host.status}`}>{host.status}</span></>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.model}>
              <th scope="row">
                <a href={href('/models/:name', { name: row.model })}>{row.model}</a>
                {facets.get(row.model)?.sizeClass && <span class="hint"> {facets.get(row.model)!.sizeClass}</span>}
              </th>
              {hostIds.map((id) => {
                const fit = row.hosts[id];
                if (!fit) return <td key={id}>–</td>;
                return (
                  <td
                    key={id}
                    class={`fit fit-${fitKind(fit.placement)}`}
                    data-fit={fitKind(fit.placement)}
                    data-model={row.model}
                    data-host={id}
                    title={fitTitle(row.model, fit)}
                  >
                    {fitText(fit)}
                    <span class="fit-size"> {number(fit.size_gb, 2)} GB</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const KINDS: FitKind[] = ['full_gpu', 'partial', 'cpu', 'no_fit'];

const KIND_MEANING: Record<FitKind, string> = {
  full_gpu: 'every layer in VRAM',
  partial: 'some layers on the GPU, the rest on the CPU (CPU%/GPU% of the size)',
  cpu: 'runs on the CPU from system RAM',
  no_fit: 'not enough free memory on this host',
};

export function FitLegend() {
  return (
    <ul class="fit-legend" aria-label="Legend">
      {KINDS.map((kind) => (
        <li key={kind}>
          <span class={`fit-swatch fit-${kind}`} aria-hidden="true" /> <strong>{FIT_LABEL[kind]}</strong>: {KIND_MEANING[kind]}
        </li>
      ))}
      <li>GB: the estimated size of the loaded model (what ollama ps would show)</li>
    </ul>
  );
}
