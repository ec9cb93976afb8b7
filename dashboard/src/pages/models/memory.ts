import type { EstimateResponse } from './types';

/** The KV cache types Ollama offers (OLLAMA_KV_CACHE_TYPE), each a series of the memory chart. */
export const KV_TYPES = ['f16', 'q8_0', 'q4_0'] as const;
export type KvType = (typeof KV_TYPES)[number];

const SMALLEST_CONTEXT = 2048;

/**
 * The contexts the memory chart estimates: powers of two from 2048 up to the model's trained context, with the trained
 * context itself last when it is not a power of two; at most `limit` points, thinned evenly (the first and last kept)
 * so a 1M-token model costs no more requests than a 32K one.
 */
export function chartContexts(trainedContext: number | null | undefined, limit = 7): number[] {
  const top = trainedContext && trainedContext >= SMALLEST_CONTEXT ? trainedContext : 4096;
  const contexts: number[] = [];
  for (let ctx = SMALLEST_CONTEXT; ctx <= top; ctx *= 2) contexts.push(ctx);
  if (contexts[contexts.length - 1] !== top) contexts.push(top);
  if (contexts.length <= limit) return contexts;
  const picked = new Set<number>();
  for (let i = 0; i < limit; i++) picked.add(contexts[Math.round((i * (contexts.length - 1)) / (limit - 1))]);
  return [...picked];
}

/** One estimate of the chart: the size Ollama would show (`ollama ps` SIZE) at a context and KV type. */
export interface MemoryPoint {
  numCtx: number;
  kvType: KvType;
  sizeBytes: number;
  kvBytes: number;
  placement: string;
}

export const pointOf = (numCtx: number, kvType: KvType, answer: EstimateResponse): MemoryPoint => ({
  numCtx,
  kvType,
  sizeBytes: answer.estimate.size_bytes,
  kvBytes: answer.estimate.kv_cache.allocated_bytes,
  placement: answer.estimate.placement,
});

/**
 * uPlot's columns: x = the contexts, then one series per KV type in KV_TYPES order, in GB (10^9 bytes, as the
 * library's memory figures); a context a type has no estimate for is null (a gap, not zero).
 */
export function memorySeries(contexts: number[], points: MemoryPoint[]): [number[], ...(number | null)[][]] {
  const series = KV_TYPES.map((kvType) =>
    contexts.map((numCtx) => {
      const point = points.find((p) => p.numCtx === numCtx && p.kvType === kvType);
      return point ? point.sizeBytes / 1e9 : null;
    }),
  );
  return [contexts, ...series];
}

/** "4K", "128K", "1M": how context sizes are usually written. */
export function contextLabel(numCtx: number): string {
  if (numCtx >= 1024 * 1024 && numCtx % (1024 * 1024) === 0) return `${numCtx / (1024 * 1024)}M`;
  if (numCtx >= 1024 && numCtx % 1024 === 0) return `${numCtx / 1024}K`;
  return String(numCtx);
}
