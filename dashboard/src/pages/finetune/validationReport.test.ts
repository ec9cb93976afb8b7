import { describe, expect, it } from 'vitest';

import { checkCounts, issueRows } from './validationReport';

describe('issueRows', () => {
  it('orders issues by line', () => {
    const rows = issueRows([
      { line: 12, check: 'duplicate', severity: 'WARNING', message: 'same as line 3' },
      { line: 3, check: 'json_syntax', severity: 'ERROR', message: 'not JSON' },
    ]);
    expect(rows.map((r) => r.line)).toEqual(['3', '12']);
  });

  it('names line 0 the whole file', () => {
    const [row] = issueRows([{ line: 0, check: 'min_examples', severity: 'ERROR', message: 'too few' }]);
    expect(row.line).toBe('whole file');
  });

  it('lists an error before a warning on the same line', () => {
    const rows = issueRows([
      { line: 5, check: 'long', severity: 'WARNING', message: 'w' },
      { line: 5, check: 'role', severity: 'ERROR', message: 'e' },
    ]);
    expect(rows.map((r) => r.severity)).toEqual(['error', 'warning']);
  });
});

describe('checkCounts', () => {
  it('lists the checks that found something, most first', () => {
    expect(checkCounts({ duplicate: 1, json_syntax: 4, role: 0 })).toEqual([
      ['json_syntax', 4],
      ['duplicate', 1],
    ]);
  });
});
