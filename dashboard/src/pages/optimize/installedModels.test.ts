import { describe, expect, it } from 'vitest';

import { installedModelNames } from './installedModels';

const host = (...names: string[]) => ({ capacity: { ollama: { installed_models: names.map((name) => ({ name })) } } });

describe('installedModelNames', () => {
  it('lists each installed model once, sorted', () => {
    expect(installedModelNames({ hosts: [host('smollm2:135m', 'gemma3:270m'), host('gemma3:270m')] })).toEqual([
      'gemma3:270m',
      'smollm2:135m',
    ]);
  });

  it('skips a host without a capacity report or an Ollama', () => {
    expect(installedModelNames({ hosts: [{ capacity: null }, { capacity: { ollama: null } }, host('a:1')] })).toEqual(['a:1']);
  });
});
