import { describe, expect, it } from 'vitest';

import { fitKind } from './fit';

describe('fitKind', () => {
  it.each([
    ['full_gpu', 'full_gpu'],
    ['partial_offload', 'partial'],
    ['cpu_only', 'cpu'],
    ['does_not_fit', 'no_fit'],
  ])('maps the API placement %s to %s', (placement, kind) => {
    expect(fitKind(placement)).toBe(kind);
  });

  it('reads a memory estimate’s upper-case placement', () => {
    expect(fitKind('CPU_ONLY')).toBe('cpu');
  });

  it('shows a placement it does not know as not fitting', () => {
    expect(fitKind('somewhere')).toBe('no_fit');
  });
});
