import { describe, expect, it } from 'vitest';

import { chartContexts, contextLabel, type MemoryPoint, memorySeries } from './memory';

describe('chartContexts', () => {
  it('doubles from 2048 up to the trained context', () => {
    expect(chartContexts(16384)).toEqual([2048, 4096, 8192, 16384]);
  });

  it('ends with a trained context that is not a power of two', () => {
    expect(chartContexts(10000)).toEqual([2048, 4096, 8192, 10000]);
  });

  it('thins a long range to the limit, keeping both ends', () => {
    const contexts = chartContexts(1048576, 5);
    expect(contexts).toHaveLength(5);
    expect([contexts[0], contexts[4]]).toEqual([2048, 1048576]);
  });

  it('uses 2048 and 4096 when the trained context is unknown', () => {
    expect(chartContexts(null)).toEqual([2048, 4096]);
  });
});

describe('memorySeries', () => {
  const point = (numCtx: number, kvType: MemoryPoint['kvType'], sizeBytes: number): MemoryPoint => ({
    numCtx,
    kvType,
    sizeBytes,
    kvBytes: 0,
    placement: 'cpu_only',
  });

  it('gives one series per KV type in GB, aligned with the contexts', () => {
    const data = memorySeries([2048, 4096], [point(2048, 'f16', 1e9), point(4096, 'f16', 2e9), point(2048, 'q8_0', 0.5e9)]);
    expect(data).toEqual([
      [2048, 4096],
      [1, 2],
      [0.5, null],
      [null, null],
    ]);
  });
});

describe('contextLabel', () => {
  it('writes powers of 1024 as K and M', () => {
    expect([contextLabel(131072), contextLabel(1048576), contextLabel(10000)]).toEqual(['128K', '1M', '10000']);
  });
});
