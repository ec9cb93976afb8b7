/**
 * finetune-service's answers as the pages read them (snake_case; the services leave out null fields, so every
 * field that can be null is optional here).
 */

export type JobStatus = 'pending' | 'validating' | 'queued' | 'training' | 'completed' | 'failed' | 'cancelled';

export interface Hyperparameters {
  preset: string;
  learning_rate: number;
  batch_size: number;
  epochs: number;
  warmup_steps: number;
  context_window: number;
  validation_split: number;
  seed: number;
  weight_decay: number;
  max_steps?: number;
}

/** One step's or epoch's figures as the trainer measured them. */
export interface Metric {
  kind: 'step' | 'epoch';
  attempt: number;
  step?: number;
  total_steps?: number;
  epoch: number;
  epochs?: number;
  train_loss?: number;
  train_accuracy?: number;
  val_loss?: number;
  val_accuracy?: number;
  learning_rate?: number;
  tokens_per_second?: number;
  step_seconds?: number;
  at: string;
}

export interface JobError {
  code: string;
  message?: string;
}

export type Severity = 'ERROR' | 'WARNING';

export interface ValidationIssue {
  /** 1-based line of the file; 0 for the whole file. */
  line: number;
  check: string;
  severity: Severity;
  message: string;
}

export interface TokenStatistics {
  tokens: number;
  max_example_tokens: number;
  context_length: number;
  /** False when the tokens were estimated (method says how). */
  measured: boolean;
  method: string;
}

export interface ValidationReport {
  passed: boolean;
  sha256?: string;
  data_type?: string;
  detected: boolean;
  lines?: number;
  examples: number;
  train_examples: number;
  validation_examples: number;
  errors: number;
  warnings: number;
  counts_by_check?: Record<string, number>;
  issues?: ValidationIssue[];
  issues_truncated: boolean;
  tokens?: TokenStatistics;
}

export interface Job {
  job_id: string;
  owner: string;
  base_model: string;
  target_model_name: string;
  status: JobStatus;
  current_phase?: string;
  progress: number;
  start_time?: string;
  logs?: string[];
  training_data_path: string;
  data_type?: string;
  backend: string;
  hyperparameters: Hyperparameters;
  target_capabilities?: string[];
  eta_seconds?: number;
  metrics?: { step?: Metric; epoch?: Metric };
  error?: JobError;
  validation?: ValidationReport;
  deployed_model?: string;
  deployed_version?: number;
  cancel_requested: boolean;
  attempts: number;
  sequence: number;
  created_at: string;
  finished_at?: string;
}

/** One stored transition of a job (GET /jobs/{id}/events). */
export interface Transition {
  sequence: number;
  from?: string;
  status: JobStatus;
  phase?: string;
  progress: number;
  error_code?: string;
  message?: string;
  at: string;
}

/** One `progress` Server-Sent Event of GET /jobs/{id}/stream. */
export interface Progress {
  job_id: string;
  status: JobStatus;
  current_phase?: string;
  progress: number;
  eta_seconds?: number;
  sequence: number;
  step?: Metric;
  error?: JobError;
  deployed_model?: string;
}

/** One deployed version of a target model (GET /models/{name}/versions). */
export interface ModelVersion {
  model: string;
  target_model_name: string;
  version: number;
  job_id: string;
  owner: string;
  host: string;
  base_model: string;
  backend: string;
  weights_changed: boolean;
  dataset_sha256?: string;
  score_name?: string;
  base_score?: number;
  tuned_score?: number;
  answer_accuracy?: AnswerAccuracy;
  smoke_reply?: string;
  deployed_at: string;
}

export interface Dataset {
  dataset_id: string;
  owner: string;
  name: string;
  sha256: string;
  bytes: number;
  data_type?: string;
  created_at: string;
  /** `dataset:<id>`, what a job's training_data_path takes. */
  training_data_path: string;
  validation?: ValidationReport;
  validated_at?: string;
}

export interface JobAnswer {
  success: boolean;
  job: Job;
  message?: string;
}

export interface JobList {
  success: boolean;
  jobs: Job[];
  total: number;
}

export interface Transitions {
  success: boolean;
  job_id: string;
  events: Transition[];
}

export interface Metrics {
  success: boolean;
  job_id: string;
  steps: Metric[];
  epochs: Metric[];
}

export interface Versions {
  success: boolean;
  target_model_name: string;
  versions: ModelVersion[];
}

export interface DatasetList {
  success: boolean;
  datasets: Dataset[];
  total: number;
}

export interface DatasetAnswer {
  success: boolean;
  dataset: Dataset;
  message?: string;
}

export interface Created {
  success: boolean;
  job_id: string;
  status: JobStatus;
  message: string;
  job: Job;
}

/** GET /presets: each preset with the values a job created with its name gets. */
export interface PresetList {
  success: boolean;
  default_preset: string;
  presets: Hyperparameters[];
}

/** Mean token-overlap F1 of the base's and the tuned model's answers to the validation prompts, through Ollama. */
export interface AnswerAccuracy {
  base: number;
  tuned: number;
  examples: number;
}
