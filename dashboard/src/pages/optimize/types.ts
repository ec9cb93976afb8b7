/** The optimizer-service answers these pages read (`/api/ai/ollama/optimization/...`, snake_case JSON). */

export const SESSION_STATUSES = ['created', 'running', 'completed', 'cancelled', 'failed', 'timed_out'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const isActive = (status: SessionStatus) => status === 'created' || status === 'running';

/** What a trial measured on its host; memory is `measured` (/api/ps), `estimated` (libs/estimator) or absent. */
export interface TrialFigures {
  quality: number;
  mean_latency_ms: number;
  mean_ttft_ms: number;
  tokens_per_second: number;
  memory_bytes: number | null;
  memory_source: 'measured' | 'estimated' | null;
  quality_noise: number | null;
}

export interface TrialHost {
  host_id: string;
  base_url: string;
}

export interface BestResult {
  overall_score: number;
  parameters: Record<string, unknown>;
  trial_number: number;
  host_id: string | null;
  figures: TrialFigures | null;
}

export interface Session {
  session_id: string;
  owner: string;
  external: boolean;
  model_name: string | null;
  status: SessionStatus;
  objective: string;
  objectives: string[];
  strategy: string;
  model_type: string | null;
  current_iteration: number;
  max_iterations: number;
  seed: number;
  parallelism: number;
  timeout_minutes: number;
  hosts: TrialHost[];
  best_result: BestResult | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  deadline_at: string | null;
  reason: string | null;
}

export interface SessionList {
  sessions: Session[];
  total: number;
}

export interface SessionAnswer {
  session: Session;
  message: string | null;
}

export interface CreatedAnswer {
  session_id: string;
  status: SessionStatus;
  message: string;
}

export type TrialStatus = 'asked' | 'completed' | 'failed' | 'abandoned';

export interface Trial {
  trial_number: number;
  status: TrialStatus;
  parameters: Record<string, unknown>;
  budget: number;
  values: number[] | null;
  feasible: boolean | null;
  overall_score: number | null;
  host_id: string | null;
  figures: TrialFigures | null;
  error: string | null;
  asked_at: string | null;
  completed_at: string | null;
  duration_ms: number | null;
}

export interface TrialList {
  trials: Trial[];
  total: number;
}

export interface ConvergencePoint {
  trial_number: number;
  score: number;
  feasible: boolean;
  best_score: number | null;
  best_trial_number: number | null;
  improved: boolean;
}

export interface ParameterSensitivity {
  parameter: string;
  statistic: 'spearman_rho' | 'eta_squared';
  value: number | null;
  importance: number | null;
  p_value: number | null;
  trials: number;
  note: string | null;
}

export interface Sensitivity {
  method: string;
  description: string;
  trials: number;
  minimum_trials: number;
  meaningful: boolean;
  note: string | null;
  parameters: ParameterSensitivity[];
}

export interface TradeOffPoint {
  trial_number: number;
  feasible: boolean;
  overall_score: number;
  on_front: boolean;
  figures: TrialFigures;
}

export interface ParetoSummary {
  objectives: string[];
  front: { trial_number: number; values: number[]; overall_score: number }[];
  hypervolume: number;
  reference_point: number[];
}

export interface SessionResults {
  objectives: string[];
  trials: number;
  convergence: ConvergencePoint[];
  sensitivity: Sensitivity;
  trade_off: TradeOffPoint[];
  pareto: ParetoSummary | null;
}

export interface ResultsAnswer {
  results: SessionResults;
}

export interface SkippedParameter {
  name: string;
  value: unknown;
  reason: string;
}

export interface BestParameters {
  session_id: string;
  best_parameters: Record<string, unknown>;
  overall_score: number;
  trial_number: number;
  modelfile: string | null;
  modelfile_skipped: SkippedParameter[] | null;
  ollama_seed: number | null;
}
