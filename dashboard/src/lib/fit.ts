/** The API's placements (libs/estimator `Placement`, lower case). */
export type Placement = 'full_gpu' | 'partial_offload' | 'cpu_only' | 'does_not_fit';

/** library-service's FitView, in the fit matrix and in compatibility answers: how a model would load on a host (an estimate, never a measurement). */
export interface FitView {
  host_id: string;
  quantization?: string;
  num_ctx: number;
  kv_cache_type?: string;
  num_parallel: number;
  era: string;
  placement: Placement;
  processor?: string;
  layers_on_gpu: number;
  layers_total: number;
  size_gb: number;
  vram_gb: number;
  required_free_vram_gb: number;
  system_memory_gb: number;
  expected_tokens_per_second?: number;
}

/**
 * Where a model runs on a host, in the four kinds the pages draw (and the end-to-end tests read through `data-fit`),
 * from the estimator's placement: `full_gpu|partial_offload|cpu_only|does_not_fit` in the fit matrix and
 * compatibility answers, the same words upper-case in memory estimates.
 */
export type FitKind = 'full_gpu' | 'partial' | 'cpu' | 'no_fit';

const KIND: Record<string, FitKind> = {
  full_gpu: 'full_gpu',
  partial_offload: 'partial',
  cpu_only: 'cpu',
  does_not_fit: 'no_fit',
};

/** The API's placement (either case) as the page's kind; an unknown placement is shown as not fitting rather than guessed. */
export function fitKind(placement: string): FitKind {
  return KIND[placement.toLowerCase()] ?? 'no_fit';
}
