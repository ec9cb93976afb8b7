import { describe, expect, it } from 'vitest';

import { estimateOptionsOf, fitMatrixPath } from './estimateOptions';

describe('estimateOptionsOf', () => {
  it('reads the context and KV cache type from the query', () => {
    expect(estimateOptionsOf(new URLSearchParams('num_ctx=8192&kv_cache_type=q8_0'))).toEqual({ numCtx: '8192', kvCacheType: 'q8_0' });
  });

  it('drops a context the page does not offer', () => {
    expect(estimateOptionsOf(new URLSearchParams('num_ctx=12')).numCtx).toBe('');
  });
});

describe('fitMatrixPath', () => {
  it('asks with the host settings when nothing is chosen', () => {
    expect(fitMatrixPath({ numCtx: '', kvCacheType: '' })).toBe('/api/ai/ollama/models/fit-matrix');
  });

  it('passes the chosen options', () => {
    expect(fitMatrixPath({ numCtx: '4096', kvCacheType: 'q4_0' })).toBe(
      '/api/ai/ollama/models/fit-matrix?num_ctx=4096&kv_cache_type=q4_0',
    );
  });
});
