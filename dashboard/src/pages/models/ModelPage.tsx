import { useMemo } from 'preact/hooks';

import { type Loaded, useApi } from '../../api/useApi';
import { href } from '../../app/router';
import { ErrorMessage, WhenLoaded } from '../../components/Status';
import { age, bytes, number } from '../../lib/format';
import { HostFits } from './HostFits';
import { MemoryChart } from './MemoryChart';
import { scoreComparisons } from '../finetune/scores';
import { parametersText, scoreRows } from './scores';
import { citedSources, isUnlinked, type Registry, registryOf, type SourceList } from './sources';
import type { Fact, ModelDetail, ModelResponse } from './types';

/** `#/models/:name`: one model's facts with their sources, scores, memory, fit per host and lineage. */
export function ModelPage({ name }: { name: string }) {
  // a namespaced name (hf.co/org/model:tag) keeps its slashes: the API's path parameter spans them
  const loaded = useApi<ModelResponse>('/api/ai/ollama/models/' + name.split('/').map(encodeURIComponent).join('/'));
  // asked beside the model, not after it: the facts' links need both
  const sources = useApi<SourceList>('/api/ai/ollama/models/sources');
  return <WhenLoaded loaded={loaded}>{(data) => <Model model={data.model} sources={sources} />}</WhenLoaded>;
}

function contextOf(facts: Fact[]): number | null {
  const fact = facts.find((f) => f.name === 'context_length');
  return typeof fact?.value === 'number' ? fact.value : null;
}

function Model({ model, sources }: { model: ModelDetail; sources: Loaded<SourceList> }) {
  return (
    <article class="model-page">
      <p>
        <a href="#/models">← Models</a> · <a href={href('/compare', {}, { models: model.name })}>Compare with others</a>
      </p>
      <h1>{model.name}</h1>
      <p>{model.description}</p>
      <dl class="model-summary">
        <dt>Origin</dt>
        <dd>{model.origin}</dd>
        <dt>Size</dt>
        <dd>
          {model.size ?? '–'} ({model.size_class ?? 'unknown class'})
        </dd>
        <dt>Categories</dt>
        <dd>{model.categories.join(', ') || '–'}</dd>
        <dt>Memory (estimated)</dt>
        <dd title={model.memory_basis}>{number(model.memory_requirements_gb, 2)} GB at 4K context, f16 KV, fully on GPU</dd>
        <dt>Installed on</dt>
        <dd>{model.installed_on.length ? model.installed_on.join(', ') : 'no host'}</dd>
      </dl>
      {model.notes.length > 0 && (
        <ul class="notes">
          {model.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {(model.lineage || (model.fine_tuned && model.fine_tuned.length > 0)) && <LineageSection model={model} />}
      <Scores model={model} />
      <Speeds model={model} />
      <MemoryChart model={model.name} trainedContext={contextOf(model.facts)} />
      <HostFits model={model.name} />
      <Facts facts={model.facts} list={sources} />
    </article>
  );
}

function Scores({ model }: { model: ModelDetail }) {
  const rows = scoreRows(model.scores, model.measured_performance ?? []);
  return (
    <section aria-labelledby="scores-heading">
      <h2 id="scores-heading">Scores: published, and measured by the optimizer</h2>
      <p class="hint">
        Published scores are the mean of the category's published benchmarks ÷ 100. Optimizer results are measured on a
        fleet host with the session's own evaluation suite: shown beside the published score, not the same test.
      </p>
      <table class="scores" data-scores>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Published score</th>
            <th scope="col">Basis</th>
            <th scope="col">Measured by optimizer sessions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category} data-category={row.category}>
              <th scope="row">{row.category}</th>
              <td class="num">{number(row.published.score, 3)}</td>
              <td>{row.published.basis}</td>
              <td>
                {row.measured.length === 0
                  ? '–'
                  : row.measured.map((m) => (
                      <p key={m.session_id} data-measured-session={m.session_id}>
                        quality {number(m.quality, 3)}
                        {m.quality_noise != null ? ` ± ${number(m.quality_noise, 3)}` : ''} (suite {m.model_type ?? 'general'}),{' '}
                        {number(m.mean_latency_ms, 0)} ms latency, {number(m.mean_ttft_ms, 0)} ms to first token,{' '}
                        {number(m.tokens_per_second, 1)} tokens/s on {m.host_id} with {parametersText(m.best_parameters)} ·{' '}
                        <a href={href('/optimization/sessions/:id', { id: m.session_id })}>session</a> ({m.objective}, best of{' '}
                        {m.trials} trials, {age(m.measured_at)})
                      </p>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Speeds({ model }: { model: ModelDetail }) {
  if (model.benchmarks.length === 0) return null;
  return (
    <section aria-labelledby="speeds-heading">
      <h2 id="speeds-heading">Speed per host (hardware agents' benchmarks)</h2>
      <table data-benchmarks>
        <thead>
          <tr>
            <th scope="col">Host</th>
            <th scope="col">Basis</th>
            <th scope="col">Model run</th>
            <th scope="col">Decode tokens/s</th>
            <th scope="col">Prompt tokens/s</th>
            <th scope="col">Load</th>
            <th scope="col">Size loaded</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {model.benchmarks.map((b) => (
            <tr key={b.host_id + b.num_ctx}>
              <th scope="row">{b.host_id}</th>
              <td>{b.basis === 'measured' ? 'measured' : 'emulated (not a measurement)'}</td>
              <td>
                {b.model} at num_ctx {b.num_ctx}, Ollama {b.ollama_version}
              </td>
              <td class="num">{number(b.decode_tokens_per_second, 1)}</td>
              <td class="num">{number(b.prompt_tokens_per_second, 1)}</td>
              <td class="num">{number(b.load_seconds, 1)} s</td>
              <td class="num">{bytes(b.size_bytes)}</td>
              <td>{age(b.measured_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function LineageSection({ model }: { model: ModelDetail }) {
  const lineage = model.lineage;
  const measured = scoreComparisons(lineage);
  return (
    <section aria-labelledby="lineage-heading">
      <h2 id="lineage-heading">Lineage</h2>
      {lineage && (
        <p data-lineage>
          Fine-tuned from{' '}
          {lineage.base_in_catalog ? <a href={href('/models/:name', { name: lineage.base_model })}>{lineage.base_model}</a> : lineage.base_model}{' '}
          as version {lineage.version} of {lineage.target_model_name} by job{' '}
          <a href={href('/fine-tuning/jobs/:id', { id: lineage.job_id })}>{lineage.job_id}</a> ({lineage.backend},{' '}
          {lineage.weights_changed ? 'weights trained' : 'no weights changed'}) on {lineage.host}, {age(lineage.deployed_at)}.
          {measured.length > 0 && (
            <>
              {' '}
              Measured by the job on its validation split:{' '}
              {measured
                .map((c) => `${c.name} ${number(c.base, 3)} (base) → ${number(c.tuned, 3)} (tuned)`)
                .join('; ')}
              .
            </>
          )}
        </p>
      )}
      {model.fine_tuned && model.fine_tuned.length > 0 && (
        <>
          <h3>Fine-tuned from this model</h3>
          <ul data-fine-tuned>
            {model.fine_tuned.map((v) => (
              <li key={v.name}>
                <a href={href('/models/:name', { name: v.name })}>{v.name}</a> (version {v.version}, job{' '}
                <a href={href('/fine-tuning/jobs/:id', { id: v.job_id })}>{v.job_id}</a>, {v.backend}, {age(v.deployed_at)})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return value.toLocaleString('en');
  return String(value);
}

function Facts({ facts, list }: { facts: Fact[]; list: Loaded<SourceList> }) {
  const registry: Registry = useMemo(() => (list.data ? registryOf(list.data) : new Map()), [list.data]);
  const sources = citedSources(facts, registry);
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">Facts and their sources</h2>
      <table class="facts" data-facts>
        <thead>
          <tr>
            <th scope="col">Fact</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {facts.map((fact) => (
            <tr key={fact.name} data-fact={fact.name}>
              <th scope="row">{fact.name}</th>
              <td>{valueText(fact.value)}</td>
              <td class={isUnlinked(fact.source, registry) ? 'source unlinked' : 'source'}>{fact.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="sources-heading">Sources</h3>
      <ErrorMessage error={list.error} />
      <ul class="sources" data-sources aria-labelledby="sources-heading">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} title={source.read} rel="noreferrer noopener" target="_blank">
              {source.title}
            </a>{' '}
            <span class="hint">
              ({source.key}
              {source.inherited ? ', the base model’s' : ''}: {source.facts.join(', ')})
            </span>
          </li>
        ))}
      </ul>
      {list.data && sources.length === 0 && <p>No fact of this model cites a published document (read from a host, or computed).</p>}
    </section>
  );
}
