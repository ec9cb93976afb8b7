import { describe, expect, it } from 'vitest';

import { contextLimitText, placementText, placementWord } from './placement';
import type { FitView, Placement } from '../../lib/fit';

const fit = (placement: Placement, onGpu = 0, total = 30): FitView => ({
  host_id: 'h',
  quantization: 'Q4_K_M',
  num_ctx: 4096,
  kv_cache_type: 'f16',
  num_parallel: 1,
  era: 'B',
  placement,
  processor: '100% CPU',
  layers_on_gpu: onGpu,
  layers_total: total,
  size_gb: 1,
  vram_gb: 0,
  required_free_vram_gb: 0,
  system_memory_gb: 1,
});

describe('placementText', () => {
  it('counts the layers of a partial offload', () => {
    expect(placementText(fit('partial_offload', 20, 29))).toBe('partly on GPU (20/29 layers)');
  });
});

describe('placementWord', () => {
  it('reads the estimate’s upper-case placement', () => {
    expect(placementWord('CPU_ONLY')).toBe('CPU only');
  });
});

describe('contextLimitText', () => {
  it('shows a limit as a number of tokens', () => {
    expect(contextLimitText(131072, 'none')).toBe('131,072');
  });

  it('reads a limit the API left out (null is never written) as none', () => {
    expect(contextLimitText(undefined, 'none fits')).toBe('none fits');
  });
});
