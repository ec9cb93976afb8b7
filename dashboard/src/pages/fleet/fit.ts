import { number } from '../../lib/format';
import { type FitKind, fitKind } from '../../lib/fit';
import type { FitView } from './types';

export const FIT_LABEL: Record<FitKind, string> = {
  full_gpu: 'Full GPU',
  partial: 'Partial',
  cpu: 'CPU',
  no_fit: 'Does not fit',
};

/** The cell's short text: the kind, with the CPU/GPU split of a partial offload ("Partial 11%/89% CPU/GPU"). */
export function fitText(fit: FitView): string {
  const kind = fitKind(fit.placement);
  if (kind === 'partial' && fit.processor) return `${FIT_LABEL.partial} ${fit.processor}`;
  return FIT_LABEL[kind];
}

/** Every number of the estimate, for the cell's hover title (labelled as an estimate: nothing here is measured). */
export function fitTitle(model: string, fit: FitView): string {
  const kind = fitKind(fit.placement);
  const lines = [
    `${model} on ${fit.host_id}: ${FIT_LABEL[kind].toLowerCase()} (estimated)`,
    `size ${gb(fit.size_gb)}: VRAM ${gb(fit.vram_gb)}, system memory ${gb(fit.system_memory_gb)}`,
  ];
  if (fit.processor && kind !== 'no_fit') lines.push(`processor ${fit.processor}`);
  lines.push(`layers on GPU ${fit.layers_on_gpu} of ${fit.layers_total}`);
  if (fit.required_free_vram_gb > 0) lines.push(`needs ${gb(fit.required_free_vram_gb)} free VRAM for this load`);
  lines.push(
    fit.expected_tokens_per_second === undefined
      ? 'expected speed unknown (a bandwidth is not known)'
      : `expected ${number(fit.expected_tokens_per_second, 1)} tokens/s (estimated from memory bandwidth)`,
  );
  const settings = [
    fit.quantization,
    `num_ctx ${fit.num_ctx}`,
    fit.kv_cache_type && `KV ${fit.kv_cache_type}`,
    `${fit.num_parallel} parallel`,
    `era ${fit.era}`,
  ].filter(Boolean);
  lines.push(settings.join(', '));
  return lines.join('\n');
}

function gb(value: number): string {
  return `${number(value, 2)} GB`;
}
