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
