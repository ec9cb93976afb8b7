import type { FitView } from './types';

/** The fleet page's fit classes (`data-fit`), from the estimator's placement words. */
export type FitClass = 'full_gpu' | 'partial' | 'cpu' | 'no_fit';

export function fitClass(placement: string): FitClass {
  switch (placement.toLowerCase()) {
    case 'full_gpu':
      return 'full_gpu';
    case 'partial':
    case 'partial_offload':
      return 'partial';
    case 'cpu_only':
    case 'cpu':
      return 'cpu';
    default:
      return 'no_fit';
  }
}

const WORDS: Record<FitClass, string> = {
  full_gpu: 'fully on GPU',
  partial: 'partly on GPU',
  cpu: 'CPU only',
  no_fit: 'does not fit',
};

/** "fully on GPU", "CPU only", ... of an estimator placement word in either case (FitView's or MemoryEstimate's). */
export const placementWord = (placement: string): string => WORDS[fitClass(placement)];

/** "partly on GPU (20/29 layers)", "CPU only", ...: an estimate, as the page labels it. */
export function placementText(fit: FitView): string {
  const cls = fitClass(fit.placement);
  return cls === 'partial' ? `${WORDS[cls]} (${fit.layers_on_gpu}/${fit.layers_total} layers)` : WORDS[cls];
}
