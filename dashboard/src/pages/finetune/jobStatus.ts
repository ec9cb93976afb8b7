import type { Job, JobStatus, Progress } from './types';

/** The API's seven statuses, those still moving first, in the order a job goes through them. */
export const JOB_STATUSES: readonly JobStatus[] = [
  'training',
  'queued',
  'validating',
  'pending',
  'completed',
  'failed',
  'cancelled',
];

const FINISHED: ReadonlySet<JobStatus> = new Set(['completed', 'failed', 'cancelled']);

export const isFinished = (status: JobStatus) => FINISHED.has(status);

/** Cancel is offered while the API would accept it: not finished, and not asked already. */
export const canCancel = (job: Pick<Job, 'status' | 'cancel_requested'>) =>
  !isFinished(job.status) && !job.cancel_requested;

export interface StatusGroup {
  status: JobStatus;
  jobs: Job[];
}

/** The jobs by status (in JOB_STATUSES order, empty statuses left out), each group newest first. */
export function jobsByStatus(jobs: Job[]): StatusGroup[] {
  return JOB_STATUSES.map((status) => ({
    status,
    jobs: jobs.filter((job) => job.status === status).sort((a, b) => b.created_at.localeCompare(a.created_at)),
  })).filter((group) => group.jobs.length > 0);
}

/** How many jobs each status has (every status present, zero included). */
export function statusCounts(jobs: Job[]): Record<JobStatus, number> {
  const counts = Object.fromEntries(JOB_STATUSES.map((status) => [status, 0])) as Record<JobStatus, number>;
  for (const job of jobs) counts[job.status]++;
  return counts;
}

/** A status from a URL's query, or null for anything but the seven. */
export function statusFilter(value: string | null): JobStatus | null {
  return JOB_STATUSES.find((status) => status === value) ?? null;
}

/** The job as the last progress event says it is now (the stream carries status, phase, progress, ETA, result). */
export function withProgress(job: Job, progress: Progress): Job {
  return {
    ...job,
    status: progress.status,
    current_phase: progress.current_phase,
    progress: progress.progress,
    eta_seconds: progress.eta_seconds,
    sequence: progress.sequence,
    error: progress.error,
    deployed_model: progress.deployed_model ?? job.deployed_model,
    metrics: { ...job.metrics, step: progress.step ?? job.metrics?.step },
  };
}

/** "4 min 10 s" for an ETA; "–" when there is none yet (before the first measured step). */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '–';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (h > 0) return `${h} h ${m} min`;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}
