import { describe, expect, it } from 'vitest';

import { fitText, fitTitle } from './fit';
import type { FitView } from './types';

const fit = (figures: Partial<FitView>): FitView => ({
  host_id: 'box',
  quantization: 'Q8_0',
  num_ctx: 4096,
  kv_cache_type: 'f16',
  num_parallel: 1,
  era: 'C',
  placement: 'full_gpu',
  processor: '100% GPU',
  layers_on_gpu: 31,
  layers_total: 31,
  size_gb: 0.25,
  vram_gb: 0.25,
  required_free_vram_gb: 0.3,
  system_memory_gb: 0,
  expected_tokens_per_second: 120.5,
  ...figures,
});

describe('fitText', () => {
  it('gives a partial offload its CPU/GPU split', () => {
    expect(fitText(fit({ placement: 'partial_offload', processor: '11%/89% CPU/GPU' }))).toBe('Partial 11%/89% CPU/GPU');
  });

  it('names a CPU-only placement', () => {
    expect(fitText(fit({ placement: 'cpu_only', processor: '100% CPU' }))).toBe('CPU');
  });
});

describe('fitTitle', () => {
  it('labels the figures as estimated', () => {
    expect(fitTitle('smollm2:135m', fit({}))).toContain('smollm2:135m on box: full gpu (estimated)');
  });

  it('gives size, VRAM and system memory', () => {
    expect(fitTitle('m', fit({ size_gb: 1.5, vram_gb: 1, system_memory_gb: 0.5 }))).toContain(
      'size 1.50 GB: VRAM 1.00 GB, system memory 0.50 GB',
    );
  });

  it('gives the layers on the GPU', () => {
    expect(fitTitle('m', fit({ layers_on_gpu: 20, layers_total: 31 }))).toContain('layers on GPU 20 of 31');
  });

  it('says the speed is unknown when no bandwidth is known', () => {
    expect(fitTitle('m', fit({ expected_tokens_per_second: undefined }))).toContain('expected speed unknown');
  });

  it('gives the settings the estimate was made with', () => {
    expect(fitTitle('m', fit({}))).toContain('Q8_0, num_ctx 4096, KV f16, 1 parallel, era C');
  });
});
