import { useState } from 'preact/hooks';

import { useApi } from '../../api/useApi';
import { href, navigate } from '../../app/router';
import { ErrorMessage } from '../../components/Status';
import { bytes } from '../../lib/format';
import { createJob, finetunePaths, startJob, uploadDataset } from './api';
import {
  BACKENDS,
  createJobForm,
  DATA_TYPES,
  type JobFields,
  OVERRIDES,
  PRESETS,
  presetSummary,
  type OverrideKey,
  type Preset,
} from './createForm';
import type { Dataset, DatasetList, PresetList } from './types';
import { ValidationReportView } from './ValidationReportView';

type Source = 'dataset' | 'path';

/** `#/fine-tuning/new`: a job from a preset (optionally overridden) and a stored, uploaded or server-side dataset. */
export function NewJobPage() {
  const datasets = useApi<DatasetList>(finetunePaths.datasets);
  const presets = useApi<PresetList>(finetunePaths.presets);
  const [fields, setFields] = useState<JobFields>({
    baseModel: '',
    targetModelName: '',
    trainingDataPath: '',
    dataType: '',
    preset: 'efficient',
    overrides: {},
    backend: '',
  });
  const [source, setSource] = useState<Source>('dataset');
  const [startNow, setStartNow] = useState(true);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [uploaded, setUploaded] = useState<Dataset | null>(null);

  const set = <K extends keyof JobFields>(key: K, value: JobFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const setOverride = (key: OverrideKey, value: string) =>
    setFields((f) => ({ ...f, overrides: { ...f.overrides, [key]: value } }));
  const list = datasets.data?.datasets ?? [];
  const preset = presets.data?.presets.find((p) => p.preset === fields.preset);
  const chosen = list.find((d) => d.training_data_path === fields.trainingDataPath) ?? uploaded;

  const upload = (file: File) => {
    setBusy(true);
    setNote(`Uploading and validating ${file.name}…`);
    setError(null);
    uploadDataset(file)
      .then((answer) => {
        setUploaded(answer.dataset);
        set('trainingDataPath', answer.dataset.training_data_path);
        datasets.reload();
        setNote(`${answer.dataset.name}: ${answer.message ?? 'stored'}.`);
      })
      .catch((failure: Error) => {
        setError(failure);
        setNote(null);
      })
      .finally(() => setBusy(false));
  };

  const submit = async () => {
    setError(null);
    setBusy(true);
    try {
      setNote('Creating the job…');
      const created = await createJob(createJobForm(fields));
      if (startNow) {
        setNote('Starting the job…');
        await startJob(created.job_id);
      }
      navigate(href('/fine-tuning/jobs/:id', { id: created.job_id }));
    } catch (failure) {
      setError(failure as Error);
      setNote(null);
      setBusy(false);
    }
  };

  return (
    <section class="finetune">
      <p>
        <a href={href('/fine-tuning')}>All fine-tuning jobs</a>
      </p>
      <h1>New fine-tuning job</h1>
      <form
        data-create-job
        aria-label="New fine-tuning job"
        class="create-job"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label for="ft-base">Base model (on the local Ollama host)</label>
        <input
          id="ft-base"
          name="base_model"
          required
          placeholder="smollm2:135m"
          value={fields.baseModel}
          onInput={(e) => set('baseModel', (e.target as HTMLInputElement).value)}
        />

        <label for="ft-target">Target model name (versions are tagged :v1, :v2, …)</label>
        <input
          id="ft-target"
          name="target_model_name"
          required
          placeholder="support-bot"
          aria-describedby="ft-target-hint"
          value={fields.targetModelName}
          onInput={(e) => set('targetModelName', (e.target as HTMLInputElement).value)}
        />
        <p id="ft-target-hint" class="hint">
          A local Ollama name without a tag, other than the base's.
        </p>

        <fieldset>
          <legend>Training data</legend>
          <label class="inline">
            <input type="radio" name="source" checked={source === 'dataset'} onChange={() => setSource('dataset')} /> A
            stored dataset, or a file uploaded now
          </label>
          <label class="inline">
            <input type="radio" name="source" checked={source === 'path'} onChange={() => setSource('path')} /> A path
            under the service's data roots
          </label>

          {source === 'dataset' ? (
            <>
              <label for="ft-dataset">Dataset</label>
              <select
                id="ft-dataset"
                name="training_data_path"
                required
                value={fields.trainingDataPath}
                onChange={(e) => set('trainingDataPath', (e.target as HTMLSelectElement).value)}
              >
                <option value="">{datasets.loading ? 'Loading…' : 'Choose a dataset'}</option>
                {list.map((d) => (
                  <option key={d.dataset_id} value={d.training_data_path}>
                    {d.name} ({d.validation?.examples ?? '?'} examples, {bytes(d.bytes)}
                    {d.validation && !d.validation.passed ? ', failed validation' : ''})
                  </option>
                ))}
              </select>
              <ErrorMessage error={datasets.error} />
              <label for="ft-upload">Or upload a file (JSONL, CSV, text): it is stored and validated at once</label>
              <input
                id="ft-upload"
                type="file"
                accept=".jsonl,.json,.csv,.txt,text/plain,application/json"
                disabled={busy}
                onChange={(e) => {
                  const file = (e.target as HTMLInputElement).files?.[0];
                  if (file) upload(file);
                }}
              />
              {chosen?.validation && (
                <details open={!chosen.validation.passed}>
                  <summary>Validation of {chosen.name}</summary>
                  <ValidationReportView report={chosen.validation} />
                </details>
              )}
            </>
          ) : (
            <>
              <label for="ft-path">Path</label>
              <input
                id="ft-path"
                name="training_data_path"
                required
                placeholder="support.jsonl"
                value={fields.trainingDataPath}
                onInput={(e) => set('trainingDataPath', (e.target as HTMLInputElement).value)}
              />
            </>
          )}

          <label for="ft-type">Data type</label>
          <select id="ft-type" name="data_type" value={fields.dataType} onChange={(e) => set('dataType', (e.target as HTMLSelectElement).value)}>
            <option value="">detect from the data</option>
            {DATA_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </fieldset>

        <fieldset>
          <legend>Hyperparameters</legend>
          <label for="ft-preset">Preset</label>
          <select
            id="ft-preset"
            name="preset"
            value={fields.preset}
            aria-describedby="ft-preset-values"
            onChange={(e) => set('preset', (e.target as HTMLSelectElement).value as Preset)}
          >
            {PRESETS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
          <p id="ft-preset-values">{preset && presetSummary(preset)}</p>
          <ErrorMessage error={presets.error} />
          <p class="hint">Values left empty below come from the preset.</p>
          <div class="overrides">
            {OVERRIDES.map((o) => (
              <div key={o.key}>
                <label for={`ft-${o.key}`}>{o.label}</label>
                <input
                  id={`ft-${o.key}`}
                  type="number"
                  step={o.step}
                  inputMode={o.integer ? 'numeric' : 'decimal'}
                  placeholder="preset"
                  value={fields.overrides[o.key] ?? ''}
                  onInput={(e) => setOverride(o.key, (e.target as HTMLInputElement).value)}
                />
              </div>
            ))}
          </div>
        </fieldset>

        <label for="ft-backend">Backend</label>
        <select id="ft-backend" name="backend" value={fields.backend} onChange={(e) => set('backend', (e.target as HTMLSelectElement).value)}>
          {BACKENDS.map((b) => (
            <option key={b.value} value={b.value}>
              {b.label}
            </option>
          ))}
        </select>

        <label class="inline">
          <input type="checkbox" checked={startNow} onChange={(e) => setStartNow((e.target as HTMLInputElement).checked)} />{' '}
          Start at once (validation, then training when capacity is free)
        </label>

        <p role="status" aria-live="polite" class="hint">
          {note}
        </p>
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>
          Create job
        </button>
      </form>
    </section>
  );
}
