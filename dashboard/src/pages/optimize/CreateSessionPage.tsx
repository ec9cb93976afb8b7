import type { InputHTMLAttributes, JSX } from 'preact';
import { useState } from 'preact/hooks';

import { postForm } from '../../api/client';
import { useApi } from '../../api/useApi';
import { href, navigate } from '../../app/router';
import { ErrorMessage } from '../../components/Status';
import { type HostModels, installedModelNames } from './installedModels';
import {
  MODEL_TYPES,
  OBJECTIVES,
  STRATEGIES,
  type SessionFormValues,
  sessionFormFields,
} from './sessionForm';
import type { CreatedAnswer } from './types';

const BASE = '/api/ai/ollama/optimization';

const EMPTY: SessionFormValues = {
  model_name: '',
  objective: 'maximize_quality',
  more_objectives: [],
  strategy: 'random_search',
  model_type: 'general',
  max_iterations: '10',
  timeout_minutes: '',
  seed: '',
  parallelism: '',
  max_latency_ms: '',
  max_memory_gb: '',
  min_quality: '',
  space: '',
};

type Problems = Partial<Record<keyof SessionFormValues, string>>;

/** `#/optimization/new`: the create form (POST /create), then start, then the session's page. */
export function CreateSessionPage() {
  const hosts = useApi<HostModels>('/api/ai/ollama/hosts');
  const models = hosts.data ? installedModelNames(hosts.data) : [];
  const [values, setValues] = useState<SessionFormValues>(EMPTY);
  const [suite, setSuite] = useState<File | null>(null);
  const [startNow, setStartNow] = useState(true);
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: keyof SessionFormValues) => (event: Event) =>
    setValues({ ...values, [field]: (event.target as HTMLInputElement).value });

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const check = sessionFormFields(values);
    if ('problems' in check) {
      setProblems(check.problems);
      return;
    }
    setProblems({});
    const form = new FormData();
    for (const [name, value] of check.fields) form.append(name, value);
    if (suite) form.append('suite', suite, suite.name);
    setBusy(true);
    try {
      const created = await postForm<CreatedAnswer>(`${BASE}/create`, form);
      if (startNow) await postForm(`${BASE}/start/${encodeURIComponent(created.session_id)}`, new URLSearchParams());
      navigate(href('/optimization/sessions/:id', { id: created.session_id }));
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: keyof SessionFormValues, label: string, input: JSX.Element, hint?: string) => (
    <div class="optimize-field">
      <label for={'opt-' + name}>{label}</label>
      {input}
      {hint && (
        <span class="hint" id={'opt-' + name + '-hint'}>
          {hint}
        </span>
      )}
      {problems[name] && (
        <span class="error" id={'opt-' + name + '-problem'}>
          {problems[name]}
        </span>
      )}
    </div>
  );
  const describedBy = (name: keyof SessionFormValues, hint = false) =>
    [hint ? `opt-${name}-hint` : '', problems[name] ? `opt-${name}-problem` : ''].filter(Boolean).join(' ') || undefined;
  const text = (name: keyof SessionFormValues, props: InputHTMLAttributes<HTMLInputElement> = {}, hint = false) => (
    <input
      id={'opt-' + name}
      name={name}
      value={values[name] as string}
      onInput={set(name)}
      aria-invalid={problems[name] ? true : undefined}
      aria-describedby={describedBy(name, hint)}
      {...props}
    />
  );

  return (
    <section class="optimize">
      <p>
        <a href={href('/optimization')}>All sessions</a>
      </p>
      <h1>New optimization session</h1>
      <form data-create-session aria-label="New optimization session" onSubmit={submit} noValidate>
        {field(
          'model_name',
          'Model',
          text('model_name', { required: true, list: 'opt-installed-models', autocomplete: 'off' }, true),
          models.length ? `Installed on the hosts: ${models.join(', ')}` : 'A model installed on an Ollama host.',
        )}
        <datalist id="opt-installed-models">
          {models.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
        {field(
          'objective',
          'Objective',
          <select id="opt-objective" value={values.objective} onChange={set('objective')}>
            {OBJECTIVES.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>,
        )}
        <fieldset class="optimize-field">
          <legend>Also optimize for (several objectives: a Pareto front)</legend>
          {OBJECTIVES.filter((o) => o !== values.objective).map((o) => (
            <label key={o} class="optimize-inline">
              <input
                type="checkbox"
                name="more_objectives"
                value={o}
                checked={values.more_objectives.includes(o)}
                onChange={(event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  const rest = values.more_objectives.filter((name) => name !== o);
                  setValues({ ...values, more_objectives: on ? [...rest, o] : rest });
                }}
              />{' '}
              {o}
            </label>
          ))}
        </fieldset>
        {field(
          'strategy',
          'Strategy',
          <select
            id="opt-strategy"
            value={values.strategy}
            onChange={set('strategy')}
            aria-invalid={problems.strategy ? true : undefined}
            aria-describedby={describedBy('strategy')}
          >
            {STRATEGIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>,
        )}
        {field(
          'model_type',
          'Model type (chooses the built-in evaluation suite and ranges)',
          <select id="opt-model_type" value={values.model_type} onChange={set('model_type')}>
            {MODEL_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>,
        )}
        {field('max_iterations', 'Trials (max_iterations)', text('max_iterations', { type: 'number', min: 1, step: 1 }))}
        <details class="optimize-more">
          <summary>Limits, constraints, space and suite</summary>
          {field('timeout_minutes', 'Timeout (minutes; blank: the service default)', text('timeout_minutes', { type: 'number', min: 1, step: 1 }))}
          {field('parallelism', 'Trials per round (blank: one per host)', text('parallelism', { type: 'number', min: 1, step: 1 }))}
          {field('seed', 'Seed (blank: random, shown on the session)', text('seed', { inputMode: 'numeric' }))}
          {field('max_latency_ms', 'Constraint: most mean latency (ms)', text('max_latency_ms', { type: 'number', min: 0, step: 'any' }))}
          {field('max_memory_gb', 'Constraint: most memory (GB)', text('max_memory_gb', { type: 'number', min: 0, step: 'any' }))}
          {field('min_quality', 'Constraint: least quality (0–1)', text('min_quality', { type: 'number', min: 0, max: 1, step: 'any' }))}
          {field(
            'space',
            'Search space (JSON; blank: the model type’s built-in space on the smallest host)',
            <textarea
              id="opt-space"
              name="space"
              rows={4}
              value={values.space}
              onInput={set('space')}
              aria-invalid={problems.space ? true : undefined}
              aria-describedby={describedBy('space')}
              placeholder='{"parameters": [{"name": "temperature", "type": "float", "low": 0.1, "high": 1.2}], "fixed": {}}'
            />,
          )}
          <div class="optimize-field">
            <label for="opt-suite">Evaluation suite (JSON lines file; none: the built-in suite)</label>
            <input
              id="opt-suite"
              type="file"
              accept=".jsonl,.json,.txt,application/json,text/plain"
              onChange={(event) => setSuite((event.target as HTMLInputElement).files?.[0] ?? null)}
            />
          </div>
        </details>
        <label class="optimize-inline">
          <input type="checkbox" checked={startNow} onChange={() => setStartNow(!startNow)} /> Start it now
        </label>
        {Object.keys(problems).length > 0 && (
          <p class="error" role="alert">
            Some fields need a change: {Object.keys(problems).join(', ')}.
          </p>
        )}
        <ErrorMessage error={error} />
        <p>
          <button type="submit" disabled={busy}>
            {busy ? 'Creating…' : 'Create session'}
          </button>
        </p>
      </form>
    </section>
  );
}
