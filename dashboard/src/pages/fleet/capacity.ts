import { age, bytes } from '../../lib/format';
import type { GpuDevice, HostView, LoadedModel, MemoryInfo } from './types';

/** Used and free of one memory pool, in bytes: what a capacity bar draws. */
export interface Usage {
  used: number;
  free: number;
  total: number;
}

/** System RAM in use (total − available), or null when the agent sent no memory figures. */
export function ramUsage(memory: MemoryInfo | undefined): Usage | null {
  if (!memory || !(memory.total_bytes > 0)) return null;
  const free = clamp(memory.available_bytes, memory.total_bytes);
  return { used: memory.total_bytes - free, free, total: memory.total_bytes };
}

/**
 * A GPU's used/free VRAM. The agent reports what it could read: either of used and free gives the other from the
 * total; with no total, or neither, there is nothing to draw (null), never a guess.
 */
export function gpuUsage(gpu: GpuDevice): Usage | null {
  const total = gpu.total_bytes;
  if (total === undefined || !(total > 0)) return null;
  if (gpu.free_bytes !== undefined) {
    const free = clamp(gpu.free_bytes, total);
    return { used: total - free, free, total };
  }
  if (gpu.used_bytes !== undefined) {
    const used = clamp(gpu.used_bytes, total);
    return { used, free: total - used, total };
  }
  return null;
}

function clamp(value: number, total: number): number {
  return Math.min(Math.max(value, 0), total);
}

export function usageText(usage: Usage): string {
  return `${bytes(usage.used)} used of ${bytes(usage.total)}, ${bytes(usage.free)} free`;
}

/**
 * How long ago the host's agent last reported, measured on the server's clock (seconds_since_report), so a browser
 * whose clock is off still shows the right age.
 */
export function lastReport(host: HostView): string {
  if (!host.observed_at) return 'never reported';
  return 'last report ' + age(host.observed_at, Date.parse(host.observed_at) + host.seconds_since_report * 1000);
}

const STATUS_MEANING: Record<HostView['status'], string> = {
  online: 'Reporting: its figures are current.',
  stale: 'Missed several reports: its figures may be out of date.',
  offline: 'Its agent said it was leaving: these are its last figures.',
};

/** What a host's status means for the figures shown, as a sentence. */
export function statusMeaning(status: HostView['status']): string {
  return STATUS_MEANING[status] ?? status;
}

const ERA_MEANING: Record<string, string> = {
  A: 'static estimator: Ollama places layers from GGUF metadata before loading',
  B: 'backend-measured layouts: the runner reports real per-layer allocations',
  C: "llama-server: llama.cpp's own fit chooses the GPU layers",
};

/** The loader era of the host's Ollama (docs/ollama.md §0) in a few words. */
export function eraMeaning(era: string | undefined): string {
  return era ? (ERA_MEANING[era] ?? 'unknown era') : 'unknown (Ollama not reachable)';
}

/** Share of a loaded model that sits in VRAM, as `ollama ps` shows it: "100% GPU", "25%/75% CPU/GPU", "100% CPU". */
export function loadedProcessor(model: LoadedModel): string {
  if (!(model.size_bytes > 0)) return '–';
  const gpu = Math.round((clamp(model.size_vram_bytes, model.size_bytes) / model.size_bytes) * 100);
  if (gpu === 100) return '100% GPU';
  if (gpu === 0) return '100% CPU';
  return `${100 - gpu}%/${gpu}% CPU/GPU`;
}

/** "2 hosts: 1 online, 1 stale", for the page's status line (it changes only when a host's status does). */
export function fleetSummary(hosts: HostView[]): string {
  if (hosts.length === 0) return 'No host has reported yet.';
  const counts = (['online', 'stale', 'offline'] as const)
    .map((status) => [status, hosts.filter((h) => h.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  return `${hosts.length} host${hosts.length === 1 ? '' : 's'}: ${counts.join(', ')}`;
}
