/**
 * The estimate settings the fit matrix is computed with, from the page's query (`#/fleet?num_ctx=8192&kv=q8_0`).
 * Unset means each host's own Ollama settings (else the API's defaults), as the API does.
 */
export interface EstimateOptions {
  numCtx: string;
  kvCacheType: string;
}

export const CONTEXTS = ['2048', '4096', '8192', '16384', '32768', '131072'];
export const KV_CACHE_TYPES = ['f16', 'q8_0', 'q4_0'];

/** Options from the query; a value the page does not offer is dropped. */
export function estimateOptionsOf(query: URLSearchParams): EstimateOptions {
  const numCtx = query.get('num_ctx') ?? '';
  const kv = query.get('kv_cache_type') ?? '';
  return { numCtx: CONTEXTS.includes(numCtx) ? numCtx : '', kvCacheType: KV_CACHE_TYPES.includes(kv) ? kv : '' };
}

/** The fit matrix path for these options (every catalog model on every fleet host). */
export function fitMatrixPath(options: EstimateOptions): string {
  const query = new URLSearchParams();
  if (options.numCtx) query.set('num_ctx', options.numCtx);
  if (options.kvCacheType) query.set('kv_cache_type', options.kvCacheType);
  const search = query.toString();
  return '/api/ai/ollama/models/fit-matrix' + (search ? '?' + search : '');
}
