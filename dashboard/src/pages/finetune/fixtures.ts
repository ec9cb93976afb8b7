import type { Job, Metric, ModelVersion, Transition } from './types';

/** Small typed fixtures for the page logic's tests. */
export function job(overrides: Partial<Job> = {}): Job {
  return {
    job_id: 'job-1',
    owner: 'alice',
    base_model: 'smollm2:135m',
    target_model_name: 'support-bot',
    status: 'training',
    current_phase: 'training',
    progress: 0.4,
    training_data_path: 'dataset:d1',
    backend: 'llama_cpp',
    hyperparameters: {
      preset: 'efficient',
      learning_rate: 2e-5,
      batch_size: 2,
      epochs: 2,
      warmup_steps: 50,
      context_window: 256,
      validation_split: 0.1,
      seed: 42,
      weight_decay: 0,
    },
    cancel_requested: false,
    attempts: 1,
    sequence: 4,
    created_at: '2026-12-03T08:00:00Z',
    ...overrides,
  };
}

export function step(step: number, epoch: number, trainLoss: number, overrides: Partial<Metric> = {}): Metric {
  return { kind: 'step', attempt: 1, step, total_steps: 4, epoch, train_loss: trainLoss, at: '2026-12-03T08:01:00Z', ...overrides };
}

export function epoch(epoch: number, valLoss: number | undefined, overrides: Partial<Metric> = {}): Metric {
  return { kind: 'epoch', attempt: 1, epoch, epochs: 2, train_loss: 0.5, val_loss: valLoss, at: '2026-12-03T08:02:00Z', ...overrides };
}

export function transition(sequence: number, status: Transition['status'], at: string, phase?: string): Transition {
  return { sequence, status, phase, progress: 0, at };
}

export function version(overrides: Partial<ModelVersion> = {}): ModelVersion {
  return {
    model: 'support-bot:v1',
    target_model_name: 'support-bot',
    version: 1,
    job_id: 'job-1',
    owner: 'alice',
    host: 'local',
    base_model: 'smollm2:135m',
    backend: 'llama_cpp',
    weights_changed: true,
    score_name: 'validation_loss',
    base_score: 0.707,
    tuned_score: 0.365,
    deployed_at: '2026-12-03T08:05:00Z',
    ...overrides,
  };
}
