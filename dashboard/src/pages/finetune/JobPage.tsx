import { useEffect, useState } from 'preact/hooks';

import { ApiError, followEvents } from '../../api/client';
import { type Loaded, useApi } from '../../api/useApi';
import { href } from '../../app/router';
import { ErrorMessage, WhenLoaded } from '../../components/Status';
import { age, percent } from '../../lib/format';
import { cancelJob, finetunePaths, startJob } from './api';
import { canCancel, duration, isFinished, withProgress } from './jobStatus';
import { PhaseTimeline } from './PhaseTimeline';
import { ScoresAndVersions } from './ScoresAndVersions';
import { TrainingCurves } from './TrainingCurves';
import type { Job, JobAnswer, Metrics, Progress, Transitions } from './types';
import { ValidationReportView } from './ValidationReportView';

/**
 * `#/fine-tuning/jobs/:id`: the job followed live through its progress stream; each event reloads what it changed
 * (transitions, step figures, logs), and the finished state its result.
 */
export function JobPage({ jobId }: { jobId: string }) {
  const status = useApi<JobAnswer>(finetunePaths.status(jobId));
  const transitions = useApi<Transitions>(finetunePaths.transitions(jobId));
  const metrics = useApi<Metrics>(finetunePaths.metrics(jobId));
  const [live, setLive] = useState<Progress | null>(null);
  const [streamError, setStreamError] = useState<ApiError | null>(null);

  useEffect(() => {
    setLive(null);
    return followEvents(
      finetunePaths.stream(jobId),
      (event) => event.event === 'progress' && setLive(JSON.parse(event.data) as Progress),
      setStreamError,
    );
  }, [jobId]);

  useEffect(() => {
    if (!live) return;
    status.reload();
    metrics.reload();
  }, [live]);

  useEffect(() => {
    if (live) transitions.reload();
  }, [live?.sequence]);

  return (
    <section class="finetune">
      <p>
        <a href={href('/fine-tuning')}>All fine-tuning jobs</a>
      </p>
      <WhenLoaded loaded={status}>
        {(answer) => (
          <JobView
            job={live ? withProgress(answer.job, live) : answer.job}
            transitions={transitions}
            metrics={metrics}
            onChanged={status.reload}
          />
        )}
      </WhenLoaded>
      <ErrorMessage error={streamError} />
    </section>
  );
}

function JobView({
  job,
  transitions,
  metrics,
  onChanged,
}: {
  job: Job;
  transitions: Loaded<Transitions>;
  metrics: Loaded<Metrics>;
  onChanged: () => void;
}) {
  const finished = isFinished(job.status);
  return (
    <>
      <h1>
        {job.target_model_name} <span class="hint">job {job.job_id}</span>
      </h1>
      <div class="job-head">
        <p role="status" aria-live="polite" class="job-state">
          <span data-job-status class={`status status-${job.status}`}>
            {job.status}
          </span>
          {job.current_phase && !finished && <span> · {job.current_phase}</span>}
          {job.cancel_requested && !finished && <span> · cancelling</span>}{' '}
          <progress data-job-progress max={1} value={job.progress} aria-label="Progress" /> {percent(job.progress)}
          {!finished && (
            <span class="hint">
              {' '}
              · estimated time left {duration(job.eta_seconds)}
              {job.eta_seconds === undefined ? ' (after the first step)' : ' (steps left × recent step time)'}
            </span>
          )}
        </p>
        <Actions job={job} onChanged={onChanged} />
      </div>
      {job.error && (
        <p class="error">
          <code>{job.error.code}</code> {job.error.message}
        </p>
      )}
      {job.deployed_model && (
        <p>
          Deployed as <strong data-deployed-model>{job.deployed_model}</strong> on the local Ollama host.
        </p>
      )}
      <Settings job={job} />

      <h2>Timeline</h2>
      <WhenLoaded loaded={transitions}>
        {(answer) => <PhaseTimeline transitions={answer.events} finished={finished} />}
      </WhenLoaded>

      <h2>Training curves</h2>
      <WhenLoaded loaded={metrics}>{(answer) => <TrainingCurves metrics={answer} />}</WhenLoaded>

      <h2>Base vs tuned, and versions of {job.target_model_name}</h2>
      <ScoresAndVersions job={job} />

      <h2>Validation of the training data</h2>
      {job.validation ? (
        <ValidationReportView report={job.validation} />
      ) : (
        <p>Not validated yet (validation runs when the job starts).</p>
      )}

      {job.logs && job.logs.length > 0 && (
        <details>
          <summary>Log ({job.logs.length} lines)</summary>
          <pre class="logs">{job.logs.join('\n')}</pre>
        </details>
      )}
    </>
  );
}

/** Start for a pending job, cancel while the API would accept it; the answer's message is announced. */
function Actions({ job, onChanged }: { job: Job; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const run = (action: (jobId: string) => Promise<JobAnswer>) => {
    setBusy(true);
    setError(null);
    action(job.job_id)
      .then((answer) => {
        setMessage(answer.message ?? null);
        onChanged();
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };

  return (
    <div class="actions">
      {job.status === 'pending' && (
        <button type="button" data-start disabled={busy} onClick={() => run(startJob)}>
          Start
        </button>
      )}
      {canCancel(job) && (
        <button type="button" data-cancel class="danger" disabled={busy} onClick={() => run(cancelJob)}>
          Cancel job
        </button>
      )}
      <span role="status" aria-live="polite">
        {message}
      </span>
      <ErrorMessage error={error} />
    </div>
  );
}

function Settings({ job }: { job: Job }) {
  const h = job.hyperparameters;
  return (
    <dl class="settings">
      <dt>Base model</dt>
      <dd>{job.base_model}</dd>
      <dt>Backend</dt>
      <dd>{job.backend}</dd>
      <dt>Training data</dt>
      <dd>
        <code>{job.training_data_path}</code>
        {job.data_type && ` (${job.data_type})`}
      </dd>
      <dt>Hyperparameters</dt>
      <dd>
        {h.preset}: learning rate {h.learning_rate}, batch {h.batch_size}, {h.epochs} epochs, warmup {h.warmup_steps},
        context {h.context_window}, validation split {h.validation_split}, seed {h.seed}
        {h.weight_decay > 0 && `, weight decay ${h.weight_decay}`}
        {h.max_steps !== undefined && `, at most ${h.max_steps} steps`}
      </dd>
      {job.owner && (
        <>
          <dt>Owner</dt>
          <dd>{job.owner}</dd>
        </>
      )}
      <dt>Created</dt>
      <dd title={job.created_at}>{age(job.created_at)}</dd>
      {job.finished_at && (
        <>
          <dt>Finished</dt>
          <dd title={job.finished_at}>{age(job.finished_at)}</dd>
        </>
      )}
      {job.attempts > 1 && (
        <>
          <dt>Runs</dt>
          <dd>{job.attempts} (resumed after a lost worker)</dd>
        </>
      )}
    </dl>
  );
}
