import { useEffect } from 'preact/hooks';

import { useApi } from '../../api/useApi';
import { href } from '../../app/router';
import { useCaller } from '../../app/CallerContext';
import { isAdmin } from '../../auth/caller';
import { WhenLoaded } from '../../components/Status';
import { age, percent } from '../../lib/format';
import { finetunePaths } from './api';
import { isFinished, JOB_STATUSES, jobsByStatus, statusCounts } from './jobStatus';
import type { Job, JobList, JobStatus } from './types';

/** While a job is still moving the list is read again this often (the stream is per job). */
const REFRESH_MS = 5000;

/** `#/fine-tuning`: the caller's jobs (an admin's: everyone's) by status, filterable by one status. */
export function JobListPage({ status }: { status: JobStatus | null }) {
  const loaded = useApi<JobList>(finetunePaths.jobs);
  const moving = loaded.data?.jobs.some((job) => !isFinished(job.status)) ?? false;

  useEffect(() => {
    if (!moving) return;
    const timer = setInterval(loaded.reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [moving, loaded.reload]);

  return (
    <section class="finetune">
      <h1>Fine-tuning jobs</h1>
      <p>
        <a href={href('/fine-tuning/new')}>New fine-tuning job</a>
      </p>
      <WhenLoaded loaded={loaded}>{(list) => <Jobs jobs={list.jobs} status={status} />}</WhenLoaded>
    </section>
  );
}

function Jobs({ jobs, status }: { jobs: Job[]; status: JobStatus | null }) {
  const admin = isAdmin(useCaller());
  const counts = statusCounts(jobs);
  const groups = jobsByStatus(status ? jobs.filter((job) => job.status === status) : jobs);
  const columns = admin ? 8 : 7;

  return (
    <>
      <nav aria-label="Filter by status" class="status-filter">
        <a href={href('/fine-tuning')} aria-current={status === null ? 'page' : undefined}>
          all ({jobs.length})
        </a>
        {JOB_STATUSES.map((s) => (
          <a key={s} href={href('/fine-tuning', {}, { status: s })} aria-current={status === s ? 'page' : undefined}>
            {s} ({counts[s]})
          </a>
        ))}
      </nav>
      {groups.length === 0 ? (
        <p>{status ? `No ${status} jobs.` : 'No fine-tuning jobs yet.'}</p>
      ) : (
        <table data-jobs class="jobs">
          <caption>Jobs by status, newest first in each</caption>
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Target model</th>
              <th scope="col">Base model</th>
              {admin && <th scope="col">Owner</th>}
              <th scope="col">Backend</th>
              <th scope="col">Phase</th>
              <th scope="col">Progress</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.status}>
              <tr class="group">
                <th scope="colgroup" colSpan={columns}>
                  <span class={`status status-${group.status}`}>{group.status}</span> ({group.jobs.length})
                </th>
              </tr>
              {group.jobs.map((job) => (
                <tr key={job.job_id} data-job={job.job_id}>
                  <td>
                    <a href={href('/fine-tuning/jobs/:id', { id: job.job_id })}>{job.job_id.slice(0, 8)}</a>
                  </td>
                  <td>{job.deployed_model ?? job.target_model_name}</td>
                  <td>{job.base_model}</td>
                  {admin && <td>{job.owner}</td>}
                  <td>{job.backend}</td>
                  <td>{job.error ? job.error.code : (job.current_phase ?? '–')}</td>
                  <td>
                    <progress max={1} value={job.progress} aria-label={`Progress of ${job.job_id}`} />{' '}
                    {percent(job.progress)}
                  </td>
                  <td title={job.created_at}>{age(job.created_at)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </>
  );
}
