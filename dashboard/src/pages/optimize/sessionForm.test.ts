import { describe, expect, it } from 'vitest';

import { type SessionFormValues, sessionFormFields } from './sessionForm';

const filled = (changes: Partial<SessionFormValues> = {}): SessionFormValues => ({
  model_name: 'smollm2:135m',
  objective: 'maximize_quality',
  more_objectives: [],
  strategy: 'random_search',
  model_type: 'general',
  max_iterations: '4',
  timeout_minutes: '',
  seed: '',
  parallelism: '',
  max_latency_ms: '',
  max_memory_gb: '',
  min_quality: '',
  space: '',
  ...changes,
});

const fieldsOf = (values: SessionFormValues) => {
  const check = sessionFormFields(values);
  if (!('fields' in check)) throw new Error('expected fields, got ' + JSON.stringify(check.problems));
  return Object.fromEntries(check.fields);
};

const problemsOf = (values: SessionFormValues) => {
  const check = sessionFormFields(values);
  return 'problems' in check ? check.problems : {};
};

describe('sessionFormFields', () => {
  it('sends the SPEC fields and leaves blank optional ones to the service defaults', () => {
    expect(fieldsOf(filled())).toEqual({
      model_name: 'smollm2:135m',
      objective: 'maximize_quality',
      strategy: 'random_search',
      model_type: 'general',
      max_iterations: '4',
    });
  });

  it('sends several objectives as one comma list, the first one first', () => {
    const fields = fieldsOf(filled({ more_objectives: ['minimize_latency', 'minimize_memory'] }));
    expect([fields.objectives, fields.objective]).toEqual(['maximize_quality,minimize_latency,minimize_memory', undefined]);
  });

  it('does not repeat the first objective among the others', () => {
    expect(fieldsOf(filled({ more_objectives: ['maximize_quality'] })).objective).toBe('maximize_quality');
  });

  it('trims what was typed', () => {
    expect(fieldsOf(filled({ model_name: '  smollm2:135m ', min_quality: ' 0.5 ' })).min_quality).toBe('0.5');
  });

  it('asks for a model name', () => {
    expect(problemsOf(filled({ model_name: ' ' })).model_name).toBe('Name the model to optimize.');
  });

  it('refuses bayesian optimization with several objectives', () => {
    expect(problemsOf(filled({ strategy: 'bayesian_optimization', more_objectives: ['minimize_latency'] }))).toHaveProperty('strategy');
  });

  it('refuses a fractional or zero iteration count', () => {
    expect([problemsOf(filled({ max_iterations: '2.5' })), problemsOf(filled({ max_iterations: '0' }))]).toEqual([
      { max_iterations: 'A whole number, 1 or more.' },
      { max_iterations: 'A whole number, 1 or more.' },
    ]);
  });

  it('refuses a minimum quality above 1', () => {
    expect(problemsOf(filled({ min_quality: '1.5' }))).toEqual({ min_quality: 'A number from 0 to 1.' });
  });

  it('refuses a space that is not a JSON object', () => {
    expect(problemsOf(filled({ space: '[1, 2]' }))).toHaveProperty('space');
  });

  it('sends a space that is a JSON object as written', () => {
    const space = '{"parameters": [{"name": "temperature", "type": "float", "low": 0.1, "high": 1}]}';
    expect(fieldsOf(filled({ space })).space).toBe(space);
  });
});
