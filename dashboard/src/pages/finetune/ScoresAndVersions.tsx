import { useEffect } from 'preact/hooks';

import { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { href } from '../../app/router';
import { ErrorMessage, Loading } from '../../components/Status';
import { age, number } from '../../lib/format';
import { finetunePaths } from './api';
import { scoreComparisons, versionOfJob } from './scores';
import type { Job, Versions } from './types';

/**
 * The job's base vs tuned scores (as the service measured both on the held-out split: the run's own score before it
 * deployed the result, the answers' accuracy once the tuned model could answer)
 * and every version of its target model. Read again when the job's deployed model changes.
 */
export function ScoresAndVersions({ job }: { job: Job }) {
  const loaded = useApi<Versions>(finetunePaths.versions(job.target_model_name));
  const { reload } = loaded;
  useEffect(() => {
    if (job.deployed_model) reload();
  }, [job.deployed_model, reload]);
  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error instanceof ApiError && loaded.error.status === 404) {
    return <p>No version of {job.target_model_name} is deployed yet; base and tuned are compared when this job deploys.</p>;
  }
  if (!loaded.data) return <ErrorMessage error={loaded.error} />;
  const versions = loaded.data.versions;
  const own = versionOfJob(versions, job.job_id);
  const comparisons = scoreComparisons(own);
  return (
    <>
      {comparisons.length > 0 ? (
        <table class="scores" data-scores>
          <caption>Base against tuned on the held-out validation split, measured by the service</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Base ({own!.base_model})</th>
              <th scope="col">Tuned ({own!.model})</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {comparisons.map((comparison) => (
              <tr key={comparison.name}>
                <th scope="row">
                  {comparison.name} ({comparison.lowerIsBetter ? 'lower' : 'higher'} is better)
                </th>
                <td>{number(comparison.base, 4)}</td>
                <td>{number(comparison.tuned, 4)}</td>
                <td class={comparison.improved ? 'better' : comparison.improved === false ? 'worse' : undefined}>
                  {signed(comparison.tuned - comparison.base)}{' '}
                  {comparison.improved == null ? '(the same)' : comparison.improved ? '(better)' : '(worse)'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{own ? 'This job’s version has no scores to compare.' : 'This job has not deployed a version (yet).'}</p>
      )}
      <table class="versions" data-versions>
        <caption>Versions of {loaded.data.target_model_name}, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Job</th>
            <th scope="col">Base</th>
            <th scope="col">Backend</th>
            <th scope="col">Weights</th>
            <th scope="col">Score</th>
            <th scope="col">Deployed</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} aria-current={v.job_id === job.job_id ? 'true' : undefined}>
              <td>{v.model}</td>
              <td>
                {v.job_id === job.job_id ? (
                  'this job'
                ) : (
                  <a href={href('/fine-tuning/jobs/:id', { id: v.job_id })}>{v.job_id.slice(0, 8)}</a>
                )}
              </td>
              <td>{v.base_model}</td>
              <td>{v.backend}</td>
              <td>{v.weights_changed ? 'changed' : 'unchanged'}</td>
              <td>
                {v.score_name
                  ? `${v.score_name.replace(/_/g, ' ')} ${number(v.base_score, 4)} → ${number(v.tuned_score, 4)}`
                  : '–'}
              </td>
              <td title={v.deployed_at}>{age(v.deployed_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const signed = (value: number) => (value > 0 ? '+' : '') + number(value, 4);
