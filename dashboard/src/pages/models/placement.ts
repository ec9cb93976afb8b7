import { type FitKind, fitKind } from '../../lib/fit';
import type { FitView } from './types';

const WORDS: Record<FitKind, string> = {
  full_gpu: 'fully on GPU',
  partial: 'partly on GPU',
  cpu: 'CPU only',
  no_fit: 'does not fit',
};

/** "fully on GPU", "CPU only", ... of an estimator placement word in either case (FitView's or MemoryEstimate's). */
export const placementWord = (placement: string): string => WORDS[fitKind(placement)];

/** "partly on GPU (20/29 layers)", "CPU only", ...: an estimate, as the page labels it. */
export function placementText(fit: FitView): string {
  const cls = fitKind(fit.placement);
  return cls === 'partial' ? `${WORDS[cls]} (${fit.layers_on_gpu}/${fit.layers_total} layers)` : WORDS[cls];
}

/**
 * A context limit of a compatibility answer in words: the API leaves a null field out, so an absent limit is the
 * same as null, `none` (no context fits, or none fits on a GPU).
 */
export function contextLimitText(limit: number | null | undefined, none: string): string {
  return limit == null ? none : limit.toLocaleString('en');
}
