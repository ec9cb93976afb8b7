import { api, postForm } from '../../api/client';
import type { Created, DatasetAnswer, JobAnswer } from './types';

/** finetune-service's paths through the gateway. */
const BASE = '/api/ai/ollama/fine-tuning';
const id = encodeURIComponent;

export const finetunePaths = {
  jobs: `${BASE}/jobs`,
  status: (jobId: string) => `${BASE}/status/${id(jobId)}`,
  transitions: (jobId: string) => `${BASE}/jobs/${id(jobId)}/events`,
  metrics: (jobId: string) => `${BASE}/jobs/${id(jobId)}/metrics`,
  stream: (jobId: string) => `${BASE}/jobs/${id(jobId)}/stream`,
  versions: (targetModelName: string) => `${BASE}/models/${id(targetModelName)}/versions`,
  datasets: `${BASE}/datasets`,
  presets: `${BASE}/presets`,
};

export const createJob = (form: URLSearchParams) => postForm<Created>(`${BASE}/create`, form);

export const startJob = (jobId: string) => api<JobAnswer>(`${BASE}/start/${id(jobId)}`, { method: 'POST' });

export const cancelJob = (jobId: string) => api<JobAnswer>(`${BASE}/cancel/${id(jobId)}`, { method: 'POST' });

/** Stores and validates a training file; the answer carries its report (passed or not). */
export function uploadDataset(file: File): Promise<DatasetAnswer> {
  const form = new FormData();
  form.append('file', file, file.name);
  return postForm<DatasetAnswer>(finetunePaths.datasets, form);
}
