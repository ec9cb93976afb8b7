import { describe, expect, it } from 'vitest';

import { age, bytes, percent } from './format';

describe('bytes', () => {
  it('uses binary units with one decimal', () => {
    expect(bytes(1536 * 1024 * 1024)).toBe('1.5 GiB');
  });

  it('shows a dash for a missing value', () => {
    expect(bytes(null)).toBe('–');
  });
});

describe('percent', () => {
  it('rounds a fraction to whole percent', () => {
    expect(percent(0.456)).toBe('46 %');
  });
});

describe('age', () => {
  it('says minutes for an instant minutes ago', () => {
    expect(age('2026-01-01T00:00:00Z', Date.parse('2026-01-01T00:05:00Z'))).toBe('5 min ago');
  });
});
