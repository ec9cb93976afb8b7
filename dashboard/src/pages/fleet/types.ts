import type { FitView } from '../../lib/fit';

export type { FitView, Placement } from '../../lib/fit';

/**
 * The library-service answers this page reads (snake_case as on the wire). The suite leaves null fields out, so
 * every figure an agent may not know is optional.
 */

export type HostStatus = 'online' | 'stale' | 'offline';

export interface MemoryInfo {
  total_bytes: number;
  available_bytes: number;
  swap_total_bytes?: number;
  swap_used_bytes?: number;
  bandwidth_gbps?: number;
}

export interface GpuDevice {
  index: number;
  vendor?: string;
  name?: string;
  total_bytes?: number;
  used_bytes?: number;
  free_bytes?: number;
  unified_memory?: boolean;
  utilization_percent?: number;
  memory_source?: string;
}

export interface InstalledModel {
  name: string;
  size_bytes: number;
  family?: string;
  parameter_size?: string;
  quantization_level?: string;
}

export interface LoadedModel {
  name: string;
  size_bytes: number;
  size_vram_bytes: number;
  context_length?: number;
  expires_at?: string;
}

export interface OllamaSettings {
  context_length?: number;
  num_parallel?: number;
  kv_cache_type?: string;
  flash_attention?: boolean;
  source?: string;
}

export interface OllamaStatus {
  base_url?: string;
  reachable: boolean;
  version?: string;
  era?: string;
  error?: string;
  installed_models?: InstalledModel[];
  loaded_models?: LoadedModel[];
  settings?: OllamaSettings;
  emulated?: boolean;
}

export interface CapacitySnapshot {
  host_id: string;
  hostname?: string;
  agent_version?: string;
  observed_at?: string;
  cpu?: { model?: string; physical_cores?: number; logical_cores?: number };
  memory?: MemoryInfo;
  gpus?: GpuDevice[];
  ollama?: OllamaStatus;
}

export interface HostView {
  host_id: string;
  hostname?: string;
  status: HostStatus;
  observed_at?: string;
  received_at?: string;
  left_at?: string;
  seconds_since_report: number;
  capacity?: CapacitySnapshot;
}

export interface HostList {
  count: number;
  hosts: HostView[];
}

export interface FitMatrixRow {
  model: string;
  hosts: Record<string, FitView>;
}

export interface FitMatrixResponse {
  hosts: string[];
  count: number;
  rows: FitMatrixRow[];
}

/** A model as one library category lists it (the seed's fields: nulls are sent). */
export interface LibraryEntry {
  name: string;
  size: string | null;
  size_class: string | null;
  capabilities: string[] | null;
  memory_requirements_gb: number;
}

export interface LibraryResponse {
  model_count: number;
  categories: Record<string, LibraryEntry[]>;
}
