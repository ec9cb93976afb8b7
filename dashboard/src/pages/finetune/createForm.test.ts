import { describe, expect, it } from 'vitest';

import { createJobForm, hyperparametersField, type JobFields, presetSummary } from './createForm';
import { job } from './fixtures';

const fields: JobFields = {
  baseModel: ' smollm2:135m ',
  targetModelName: 'support-bot',
  trainingDataPath: 'dataset:d1',
  dataType: '',
  preset: 'efficient',
  overrides: {},
  backend: '',
};

describe('hyperparametersField', () => {
  it('is the preset name when nothing overrides it', () => {
    expect(hyperparametersField('balanced', { epochs: '  ' })).toBe('balanced');
  });

  it('is a JSON object of the preset and the given values', () => {
    expect(JSON.parse(hyperparametersField('efficient', { epochs: '1', learning_rate: '1e-4' }))).toEqual({
      preset: 'efficient',
      epochs: 1,
      learning_rate: 0.0001,
    });
  });

  it('sends a value that is not a number as text, for the service to name', () => {
    expect(JSON.parse(hyperparametersField('efficient', { epochs: 'two' })).epochs).toBe('two');
  });
});

describe('createJobForm', () => {
  it('trims the names', () => {
    expect(createJobForm(fields).get('base_model')).toBe('smollm2:135m');
  });

  it('leaves out a data type and backend that were not chosen', () => {
    const form = createJobForm(fields);
    expect([form.has('data_type'), form.has('backend')]).toEqual([false, false]);
  });

  it('sends a chosen backend', () => {
    expect(createJobForm({ ...fields, backend: 'modelfile' }).get('backend')).toBe('modelfile');
  });
});

describe('presetSummary', () => {
  it('names each value of the preset', () => {
    expect(presetSummary(job().hyperparameters)).toBe(
      'learning rate 0.00002, batch 2, 2 epochs, warmup 50 steps, context 256 tokens, validation split 0.1',
    );
  });
});
