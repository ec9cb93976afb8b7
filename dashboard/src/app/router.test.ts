import { describe, expect, it } from 'vitest';

import { href, matchPath } from './router';

describe('matchPath', () => {
  it('returns the decoded params of a matching path', () => {
    expect(matchPath('/models/:name', '/models/qwen2.5%3A7b')).toEqual({ name: 'qwen2.5:7b' });
  });

  it('returns null when a fixed segment differs', () => {
    expect(matchPath('/models/:name', '/hosts/local')).toBeNull();
  });

  it('returns null when the number of segments differs', () => {
    expect(matchPath('/models/:name', '/models/a/b')).toBeNull();
  });

  it('returns null for a segment that is not valid URI encoding', () => {
    expect(matchPath('/models/:name', '/models/%E0%A4%A')).toBeNull();
  });
});

describe('href', () => {
  it('encodes params and query', () => {
    expect(href('/models/:name', { name: 'a/b:1' }, { host: 'local' })).toBe('#/models/a%2Fb%3A1?host=local');
  });
});
