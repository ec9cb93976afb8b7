import { useState } from 'preact/hooks';

import { useApi } from '../../api/useApi';
import { href, navigate } from '../../app/router';
import { WhenLoaded } from '../../components/Status';
import { MAX_COMPARED, compareRows, selectionOf, toggled } from './compare';
import type { CompareResponse, SearchResponse } from './types';

const BASIS_WORDS = { published: 'published', estimated: 'estimated', measured: 'measured', fact: 'sourced fact' } as const;

const comparePath = (models: string[]) =>
  '/api/ai/ollama/models/compare?' + new URLSearchParams({ models: models.join(',') }).toString();

/** `#/compare?models=a,b`: up to four models side by side, chosen on the page. */
export function ComparePage({ query }: { query: URLSearchParams }) {
  const selection = selectionOf(query);
  const choose = (models: string[]) => navigate(href('/compare', {}, models.length ? { models: models.join(',') } : undefined));
  return (
    <section class="compare">
      <h1>Compare models</h1>
      <Chooser selection={selection} onChange={choose} />
      {selection.length < 2 ? (
        <p role="status">Choose {selection.length === 0 ? 'two to four models' : 'at least one more model'} to compare.</p>
      ) : (
        <Comparison models={selection} />
      )}
    </section>
  );
}

function Chooser({ selection, onChange }: { selection: string[]; onChange: (models: string[]) => void }) {
  const catalog = useApi<SearchResponse>('/api/ai/ollama/models/search?sort=name&page_size=100');
  const [adding, setAdding] = useState('');
  const full = selection.length >= MAX_COMPARED;
  return (
    <form
      class="compare-chooser"
      aria-label="Choose the models to compare"
      onSubmit={(e) => {
        e.preventDefault();
        if (adding) onChange(toggled(selection, adding));
        setAdding('');
      }}
    >
      <ul class="chosen" aria-label="Compared models">
        {selection.map((name) => (
          <li key={name}>
            <a href={href('/models/:name', { name })}>{name}</a>{' '}
            <button type="button" aria-label={`Remove ${name}`} onClick={() => onChange(selection.filter((n) => n !== name))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label for="compare-add">Add a model</label>
      <select
        id="compare-add"
        name="model"
        value={adding}
        disabled={full}
        onChange={(e) => setAdding((e.target as HTMLSelectElement).value)}
      >
        <option value="">{catalog.data ? 'choose…' : 'loading the catalog…'}</option>
        {catalog.data?.results
          .filter((m) => !selection.includes(m.name))
          .map((m) => (
            <option value={m.name} key={m.name}>
              {m.name}
            </option>
          ))}
      </select>{' '}
      <button type="submit" disabled={full || !adding}>
        Add
      </button>
      {full && <span class="hint"> (at most {MAX_COMPARED})</span>}
    </form>
  );
}

function Comparison({ models }: { models: string[] }) {
  const loaded = useApi<CompareResponse>(comparePath(models));
  return (
    <WhenLoaded loaded={loaded}>
      {(data) => {
        const names = data.models;
        return (
          <>
            <table class="compare-table" data-compare>
              <caption>
                On host {data.host}. Published scores are benchmarks ÷ 100; estimates are the estimator's; measured figures
                are optimizer sessions' best trials (their own suite). The best of a row is marked ★.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Basis</th>
                  {names.map((name) => (
                    <th scope="col" key={name}>
                      <a href={href('/models/:name', { name })}>{name}</a>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {compareRows(data.comparison_table, names).map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td class={`basis basis-${row.basis}`}>{BASIS_WORDS[row.basis]}</td>
                    {row.cells.map((cell, i) => (
                      <td key={names[i]} class={row.best === i ? 'num best' : 'num'}>
                        {cell}
                        {row.best === i && (
                          <>
                            <span aria-hidden="true"> ★</span>
                            <span class="visually-hidden"> (best)</span>
                          </>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {data.recommendations.length > 0 && (
              <>
                <h2>What the library says</h2>
                <ul class="recommendations">
                  {data.recommendations.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        );
      }}
    </WhenLoaded>
  );
}
