import type { Hyperparameters } from './types';

/**
 * The create form's fields and how they become finetune-service's form (POST /fine-tuning/create). The service
 * checks every value (bounds in its hyperparameters schema); the page only leaves out what was not given.
 */

/** The seed's preset names, the values the service's `hyperparameters` field takes by name. */
export const PRESETS = ['efficient', 'balanced', 'high_quality'] as const;
export type Preset = (typeof PRESETS)[number];

/** A preset's values in one line, as the form describes it. */
export function presetSummary(h: Hyperparameters): string {
  return (
    `learning rate ${h.learning_rate}, batch ${h.batch_size}, ${h.epochs} epoch${h.epochs === 1 ? '' : 's'}, ` +
    `warmup ${h.warmup_steps} steps, context ${h.context_window} tokens, validation split ${h.validation_split}`
  );
}

export const DATA_TYPES = ['jsonl', 'csv', 'text', 'conversation'] as const;

/** The backends and what each one does to the model (said before the job starts). */
export const BACKENDS: readonly { value: string; label: string }[] = [
  { value: '', label: "the service's default" },
  { value: 'llama_cpp', label: 'llama_cpp: trains every weight on this machine’s CPU (llama architectures)' },
  { value: 'modelfile', label: 'modelfile: changes no weights; a system prompt and few-shot examples chosen by score' },
  { value: 'external', label: 'external: the configured trainer (e.g. GPU LoRA)' },
];

/** Hyperparameters that may override the preset; empty text leaves the preset's value. */
export const OVERRIDES = [
  { key: 'epochs', label: 'Epochs', step: '1', integer: true },
  { key: 'learning_rate', label: 'Learning rate', step: 'any', integer: false },
  { key: 'context_window', label: 'Context window (tokens, a multiple of 256)', step: '256', integer: true },
  { key: 'validation_split', label: 'Validation split (0 to 0.5)', step: 'any', integer: false },
] as const;
export type OverrideKey = (typeof OVERRIDES)[number]['key'];

export interface JobFields {
  baseModel: string;
  targetModelName: string;
  trainingDataPath: string;
  dataType: string;
  preset: Preset;
  overrides: Partial<Record<OverrideKey, string>>;
  backend: string;
}

/**
 * The `hyperparameters` field: the preset's name alone, or a JSON object of the preset and the values given.
 * A value that is not a number is sent as text, so the service's message names the key.
 */
export function hyperparametersField(preset: Preset, overrides: JobFields['overrides']): string {
  const given = OVERRIDES.filter(({ key }) => (overrides[key] ?? '').trim() !== '');
  if (given.length === 0) return preset;
  const object: Record<string, string | number> = { preset };
  for (const { key } of given) {
    const text = overrides[key]!.trim();
    const value = Number(text);
    object[key] = Number.isFinite(value) ? value : text;
  }
  return JSON.stringify(object);
}

export function createJobForm(fields: JobFields): URLSearchParams {
  const form = new URLSearchParams();
  form.set('base_model', fields.baseModel.trim());
  form.set('target_model_name', fields.targetModelName.trim());
  form.set('training_data_path', fields.trainingDataPath.trim());
  if (fields.dataType) form.set('data_type', fields.dataType);
  form.set('hyperparameters', hyperparametersField(fields.preset, fields.overrides));
  if (fields.backend) form.set('backend', fields.backend);
  return form;
}
