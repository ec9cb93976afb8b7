import { useEffect, useState } from 'preact/hooks';

import { api } from '../../api/client';

export interface AllLoaded<T> {
  /** One answer per path, in order; null where that path failed. */
  data: (T | null)[] | null;
  /** The first failure's message, if any path failed. */
  error: Error | null;
}

/**
 * Loads several API paths at once (the memory chart's estimates, one compatibility per host). A failed path leaves a
 * null in its place so the others still show; `key` changes reload.
 */
export function useApiAll<T>(paths: string[] | null): AllLoaded<T> {
  const [state, setState] = useState<AllLoaded<T>>({ data: null, error: null });
  const key = paths === null ? null : paths.join('\n');

  useEffect(() => {
    if (paths === null) return;
    let current = true;
    setState({ data: null, error: null });
    Promise.allSettled(paths.map((path) => api<T>(path))).then((results) => {
      if (!current) return;
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      setState({
        data: results.map((r) => (r.status === 'fulfilled' ? r.value : null)),
        error: failed ? (failed.reason as Error) : null,
      });
    });
    return () => {
      current = false;
    };
  }, [key]);

  return state;
}
