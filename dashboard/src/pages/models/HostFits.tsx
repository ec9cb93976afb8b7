import { useApi } from '../../api/useApi';
import { ErrorMessage, Loading, WhenLoaded } from '../../components/Status';
import { number } from '../../lib/format';
import { fitKind } from '../../lib/fit';
import { contextLimitText, placementText } from './placement';
import type { CompatibilityResponse, HostList } from './types';
import { useApiAll } from './useApiAll';

const compatibilityPath = (model: string, host: string) =>
  `/api/ai/ollama/models/compatibility/${encodeURIComponent(model)}?host=${encodeURIComponent(host)}`;

/** Per fleet host: where the model runs, the largest context, and what would make it fit (all estimates). */
export function HostFits({ model }: { model: string }) {
  const hosts = useApi<HostList>('/api/ai/ollama/hosts');
  return (
    <section aria-labelledby="hosts-heading">
      <h2 id="hosts-heading">On each host (estimated)</h2>
      <WhenLoaded loaded={hosts}>
        {(list) =>
          list.hosts.length === 0 ? (
            <p>No host has reported its capacity yet.</p>
          ) : (
            <HostTable model={model} hostIds={list.hosts.map((h) => h.host_id)} />
          )
        }
      </WhenLoaded>
    </section>
  );
}

function HostTable({ model, hostIds }: { model: string; hostIds: string[] }) {
  const loaded = useApiAll<CompatibilityResponse>(hostIds.map((host) => compatibilityPath(model, host)));
  if (!loaded.data) return <Loading />;
  return (
    <>
      <ErrorMessage error={loaded.error} />
      <table class="host-fits" data-host-fits>
        <thead>
          <tr>
            <th scope="col">Host</th>
            <th scope="col">Placement</th>
            <th scope="col">Size</th>
            <th scope="col">Largest context</th>
            <th scope="col">Largest context fully on GPU</th>
            <th scope="col">Speed</th>
            <th scope="col">What would make it fit</th>
          </tr>
        </thead>
        <tbody>
          {hostIds.map((host, i) => {
            const answer = loaded.data![i];
            if (!answer) {
              return (
                <tr key={host} data-host={host}>
                  <th scope="row">{host}</th>
                  <td colSpan={6}>not assessed (see the error above)</td>
                </tr>
              );
            }
            const c = answer.compatibility;
            const limits = c.context_limits;
            return (
              <tr key={host} data-host={host}>
                <th scope="row">{host}</th>
                <td data-fit={fitKind(c.fit.placement)} title={`${c.fit.processor}; era ${c.fit.era}; ${c.fit.quantization}, num_ctx ${c.fit.num_ctx}, KV ${c.fit.kv_cache_type}`}>
                  {placementText(c.fit)}
                  <br />
                  <span class="hint">score {number(c.compatibility_score, 2)} at num_ctx {c.fit.num_ctx.toLocaleString('en')}</span>
                </td>
                <td class="num">{number(c.fit.size_gb, 2)} GB</td>
                <td class="num">{contextLimitText(limits.max_context, 'none fits')}</td>
                <td class="num">{contextLimitText(limits.max_context_full_gpu, '– (no GPU or none fits)')}</td>
                <td>
                  {c.performance_estimate}
                  <br />
                  <span class="hint">speed: {c.speed_basis}</span>
                </td>
                <td>
                  {c.what_would_make_it_fit.length === 0 ? (
                    fitKind(c.fit.placement) === 'full_gpu' ? (
                      'fits fully on GPU already'
                    ) : (
                      'nothing the estimator knows of'
                    )
                  ) : (
                    <ul>
                      {c.what_would_make_it_fit.map((remedy) => (
                        <li key={remedy.kind + remedy.description}>{remedy.description}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="hint">
        Context limits are the largest num_ctx (a multiple of 256, up to the trained context) the estimator places at all and
        fully on GPU.
      </p>
    </>
  );
}
