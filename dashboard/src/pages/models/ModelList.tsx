import { useEffect, useState } from 'preact/hooks';

import { useApi } from '../../api/useApi';
import { href, navigate } from '../../app/router';
import { WhenLoaded } from '../../components/Status';
import { number } from '../../lib/format';
import { MAX_COMPARED, toggled } from './compare';
import type { SearchResponse } from './types';

const CATEGORIES = ['general', 'code', 'vision', 'math', 'embedding', 'small'];

/** The query of the catalog search the list shows (`page_size` 100: the whole real catalog on one page). */
export function searchPath(query: string, category: string, installed: boolean): string {
  const params = new URLSearchParams({ sort: query ? 'relevance' : 'name', page_size: '100' });
  if (query) params.set('query', query);
  if (category) params.set('category', category);
  if (installed) params.set('installed', 'true');
  return '/api/ai/ollama/models/search?' + params.toString();
}

/** `#/models`: the catalog, searchable, with up to four models picked for `#/compare`. */
export function ModelList({ initialQuery }: { initialQuery: URLSearchParams }) {
  const [query, setQuery] = useState(initialQuery.get('query') ?? '');
  const [typed, setTyped] = useState(query);
  const [category, setCategory] = useState(initialQuery.get('category') ?? '');
  const [installed, setInstalled] = useState(initialQuery.get('installed') === 'true');
  const [picked, setPicked] = useState<string[]>([]);
  const found = useApi<SearchResponse>(searchPath(query, category, installed));

  // search as one types, once typing pauses
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);

  // the filters in the address, so Back from a model page returns to the same list (replaceState: no hashchange)
  useEffect(() => {
    const filters: Record<string, string> = {};
    if (query) filters.query = query;
    if (category) filters.category = category;
    if (installed) filters.installed = 'true';
    history.replaceState(null, '', href('/models', {}, Object.keys(filters).length ? filters : undefined));
  }, [query, category, installed]);

  return (
    <section class="models">
      <h1>Models</h1>
      <form class="model-filters" role="search" aria-label="Search the catalog" onSubmit={(e) => (e.preventDefault(), setQuery(typed.trim()))}>
        <label>
          Search
          <input type="search" name="query" value={typed} maxLength={200} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          Category
          <select name="category" value={category} onChange={(e) => setCategory((e.target as HTMLSelectElement).value)}>
            <option value="">any</option>
            {CATEGORIES.map((c) => (
              <option value={c} key={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label class="inline">
          <input type="checkbox" name="installed" checked={installed} onChange={(e) => setInstalled((e.target as HTMLInputElement).checked)} />
          only models a host has
        </label>
      </form>

      <div class="compare-bar" role="status" aria-live="polite">
        {picked.length === 0 ? (
          <span>Pick up to {MAX_COMPARED} models to compare.</span>
        ) : (
          <>
            <span>
              Comparing {picked.length} of {MAX_COMPARED}: {picked.join(', ')}
            </span>
            <button type="button" disabled={picked.length < 2} onClick={() => navigate(href('/compare', {}, { models: picked.join(',') }))}>
              Compare
            </button>
            <button type="button" onClick={() => setPicked([])}>
              Clear
            </button>
          </>
        )}
      </div>

      <WhenLoaded loaded={found}>
        {(data) => (
          <>
            <p class="hint" role="status" aria-live="polite">
              {data.total} model{data.total === 1 ? '' : 's'}
              {data.total > data.count ? `, the first ${data.count} shown` : ''}. Scores are published benchmarks; memory is
              an estimate (4K context, f16 KV cache, fully on GPU).
            </p>
            <table class="model-list" data-model-list>
              <thead>
                <tr>
                  <th scope="col">Compare</th>
                  <th scope="col">Model</th>
                  <th scope="col">Size</th>
                  <th scope="col">Categories</th>
                  <th scope="col">{category ? `${category} score (published)` : 'Best published score'}</th>
                  <th scope="col">Memory (estimated)</th>
                  <th scope="col">Capabilities</th>
                </tr>
              </thead>
              <tbody>
                {data.results.map((model) => {
                  const chosen = picked.includes(model.name);
                  return (
                    <tr key={model.name} data-model={model.name}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Compare ${model.name}`}
                          checked={chosen}
                          disabled={!chosen && picked.length >= MAX_COMPARED}
                          onChange={() => setPicked((p) => toggled(p, model.name))}
                        />
                      </td>
                      <td>
                        <a href={href('/models/:name', { name: model.name })}>{model.name}</a>
                      </td>
                      <td>{model.size ?? '–'}</td>
                      <td>{model.categories.join(', ')}</td>
                      <td class="num">{number(model.performance_score, 3)}</td>
                      <td class="num">{number(model.memory_requirements_gb, 2)} GB</td>
                      <td>{model.capabilities.join(', ')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </WhenLoaded>
    </section>
  );
}
