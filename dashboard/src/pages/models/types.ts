import type { FitView } from '../../lib/fit';
import type { AnswerAccuracy } from '../finetune/types';

export type { FitView } from '../../lib/fit';

/** The library-service answers these pages read (snake_case as the API sends them; only the fields used). */

export interface Fact {
  name: string;
  value: unknown;
  source: string;
}

export interface CategoryScore {
  category: string;
  score: number | null;
  benchmarks: string[];
  basis: string;
}

/** A hardware agent's benchmark: `basis` is measured (a real Ollama) or emulated (the emulator's cost model). */
export interface MeasuredSpeed {
  basis: 'measured' | 'emulated';
  host_id: string;
  model: string;
  ollama_version: string;
  num_ctx: number;
  decode_tokens_per_second: number;
  prompt_tokens_per_second: number;
  load_seconds: number;
  size_bytes: number;
  measured_at: string;
}

/** The best trial of a completed optimizer session of the model on a host. */
export interface MeasuredPerformance {
  basis: 'measured';
  session_id: string;
  host_id: string;
  model: string;
  model_type: string | null;
  objective: string;
  objectives: string[];
  strategy: string;
  trials: number;
  trial_number: number;
  overall_score: number;
  best_parameters: Record<string, unknown>;
  quality: number;
  quality_noise: number | null;
  mean_latency_ms: number;
  mean_ttft_ms: number;
  tokens_per_second: number;
  memory_bytes: number | null;
  memory_source: string | null;
  measured_at: string;
}

export interface Lineage {
  base_model: string;
  base_in_catalog: boolean;
  target_model_name: string;
  version: number;
  job_id: string;
  backend: string;
  weights_changed: boolean;
  host: string;
  dataset_sha256: string;
  score_name?: string;
  base_score?: number;
  tuned_score?: number;
  answer_accuracy?: AnswerAccuracy;
  deployed_at: string;
}

export interface FineTunedVersion {
  name: string;
  target_model_name: string;
  version: number;
  job_id: string;
  backend: string;
  weights_changed: boolean;
  deployed_at: string;
}

export interface ModelDetail {
  name: string;
  family: string | null;
  origin: string;
  description: string | null;
  size: string | null;
  size_class: string | null;
  categories: string[];
  scores: Record<string, CategoryScore>;
  memory_requirements_gb: number;
  memory_basis: string;
  notes: string[];
  facts: Fact[];
  installed_on: string[];
  benchmarks: MeasuredSpeed[];
  measured_performance?: MeasuredPerformance[];
  lineage?: Lineage;
  fine_tuned?: FineTunedVersion[];
}

export interface ModelResponse {
  model: ModelDetail;
}

export interface SearchResult {
  name: string;
  category: string | null;
  categories: string[];
  size: string | null;
  parameter_count: number | null;
  performance_score: number | null;
  memory_requirements_gb: number;
  capabilities: string[];
}

export interface SearchResponse {
  results: SearchResult[];
  count: number;
  total: number;
}

/** The estimator's headline for one model on one host and settings (every figure an estimate). */
export interface Remedy {
  kind: string;
  description: string;
  result: FitView | null;
}

export interface Compatibility {
  compatibility_score: number;
  warnings: string[];
  recommendations: string[];
  performance_estimate: string;
  speed_basis: string;
  fit: FitView;
  context_limits: { trained_context: number; max_context?: number | null; max_context_full_gpu?: number | null };
  what_would_make_it_fit: Remedy[];
}

export interface CompatibilityResponse {
  model_name: string;
  host: string;
  compatibility: Compatibility;
}

export interface EstimateResponse {
  model: string;
  host: string;
  estimate: {
    effective_num_ctx: number;
    kv_cache_type: string;
    size_bytes: number;
    placement: string;
    kv_cache: { allocated_bytes: number };
    weights: { total_bytes: number };
  };
}

export interface HostSummary {
  host_id: string;
  hostname: string | null;
  status: string;
}

export interface HostList {
  hosts: HostSummary[];
}

export interface ComparisonTable {
  measured_performance: Record<string, MeasuredPerformance | null>;
  performance: Record<string, number | null>;
  memory_usage: Record<string, number | null>;
  scores_by_category: Record<string, Record<string, number | null> | null>;
  disk_size_gb: Record<string, number | null>;
  context_length: Record<string, number | null>;
  parameter_count: Record<string, number | null>;
  expected_tokens_per_second: Record<string, number | null>;
  placement: Record<string, string | null>;
  capabilities: Record<string, string[] | null>;
  license: Record<string, string | null>;
}

export interface CompareResponse {
  models: string[];
  host: string;
  comparison_table: ComparisonTable;
  recommendations: string[];
}
