import { useEffect, useMemo } from 'preact/hooks';

import { useApi } from '../../api/useApi';
import { href, navigate } from '../../app/router';
import { ErrorMessage, Loading } from '../../components/Status';
import { fleetSummary } from './capacity';
import { estimateOptionsOf, fitMatrixPath } from './estimateOptions';
import { FitFilters } from './FitFilters';
import { FitLegend, FitMatrixTable } from './FitMatrixTable';
import { changedQuery, facetsOf, filterRows, filtersOf } from './filters';
import { HostCard } from './HostCard';
import type { FitMatrixResponse, HostList, LibraryResponse } from './types';

/** Agents report every few seconds; reading the hosts again keeps status, age and free memory current. */
const HOSTS_REFRESH_MS = 15_000;

export function FleetPage({ query }: { query: URLSearchParams }) {
  const hosts = useApi<HostList>('/api/ai/ollama/hosts');
  const library = useApi<LibraryResponse>('/api/ai/ollama/models/library');
  const options = estimateOptionsOf(query);
  const matrix = useApi<FitMatrixResponse>(fitMatrixPath(options));

  useEffect(() => {
    const timer = setInterval(hosts.reload, HOSTS_REFRESH_MS);
    return () => clearInterval(timer);
  }, [hosts.reload]);

  const facets = useMemo(() => (library.data ? facetsOf(library.data) : new Map()), [library.data]);
  const categories = library.data ? Object.keys(library.data.categories) : [];
  const catalog = useMemo(() => new Set(facets.keys()), [facets]);
  const hostsById = useMemo(() => new Map((hosts.data?.hosts ?? []).map((h) => [h.host_id, h])), [hosts.data]);
  const filters = filtersOf(query, categories);
  const rows = matrix.data ? filterRows(matrix.data.rows, facets, filters) : [];

  return (
    <section class="fleet">
      <h1>Fleet</h1>
      <h2>Hosts</h2>
      <ErrorMessage error={hosts.error} />
      {hosts.data ? (
        <>
          <p role="status" aria-live="polite">
            {fleetSummary(hosts.data.hosts)}
          </p>
          <div class="hosts">
            {hosts.data.hosts.map((host) => (
              <HostCard key={host.host_id} host={host} catalog={catalog} />
            ))}
          </div>
        </>
      ) : (
        !hosts.error && <Loading />
      )}

      <h2>Where each model fits</h2>
      <FitFilters
        filters={filters}
        options={options}
        categories={categories}
        onChange={(key, value) => navigate(href('/fleet', {}, changedQuery(query, key, value)))}
      />
      <ErrorMessage error={library.error} />
      <ErrorMessage error={matrix.error} />
      {matrix.data && library.data ? (
        <>
          <p role="status" aria-live="polite">
            {matrix.loading ? 'Estimating… ' : ''}
            Showing {rows.length} of {matrix.data.rows.length} models on {matrix.data.hosts.length} host
            {matrix.data.hosts.length === 1 ? '' : 's'}.
          </p>
          <FitLegend />
          {matrix.data.hosts.length === 0 ? (
            <p class="hint">No fleet host has reported, so there is nothing to fit models onto.</p>
          ) : (
            <FitMatrixTable hostIds={matrix.data.hosts} hosts={hostsById} rows={rows} facets={facets} />
          )}
        </>
      ) : (
        !matrix.error && !library.error && <Loading />
      )}
    </section>
  );
}
