import { describe, expect, it } from 'vitest';

import { derivedModelName, modelfileText } from './modelfile';

const BLOCK = 'FROM smollm2:135m\nPARAMETER temperature 0.7\nPARAMETER num_ctx 2048';

describe('modelfileText', () => {
  it('is the API block with one final newline when the seed is not wanted', () => {
    expect(modelfileText(BLOCK + '\n\n', 1234, false)).toBe(BLOCK + '\n');
  });

  it('adds the session seed as a PARAMETER line', () => {
    expect(modelfileText(BLOCK, 1234, true)).toBe(BLOCK + '\nPARAMETER seed 1234\n');
  });

  it('does not add a seed the block already has', () => {
    expect(modelfileText(BLOCK + '\nPARAMETER seed 7', 1234, true)).toBe(BLOCK + '\nPARAMETER seed 7\n');
  });

  it('adds nothing without a session seed', () => {
    expect(modelfileText(BLOCK, null, true)).toBe(BLOCK + '\n');
  });
});

describe('derivedModelName', () => {
  it('tags the untagged base name with the start of the session id', () => {
    expect(derivedModelName('smollm2:135m', '1a2b3c4d-5e6f-7a8b')).toBe('smollm2-opt:1a2b3c4d');
  });

  it('keeps a namespace', () => {
    expect(derivedModelName('alice/coder:7b', 'abcdef12')).toBe('alice/coder-opt:abcdef12');
  });

  it('names an untagged base model too', () => {
    expect(derivedModelName('gemma3', 'abcdef12')).toBe('gemma3-opt:abcdef12');
  });
});
