import type { ValidationIssue } from './types';

export interface IssueRow {
  line: string;
  check: string;
  severity: 'error' | 'warning';
  message: string;
}

/** The report's issues by line (the whole-file ones first), errors before warnings on one line. */
export function issueRows(issues: ValidationIssue[]): IssueRow[] {
  return [...issues]
    .sort((a, b) => a.line - b.line || (a.severity === b.severity ? 0 : a.severity === 'ERROR' ? -1 : 1))
    .map((issue) => ({
      line: issue.line > 0 ? String(issue.line) : 'whole file',
      check: issue.check,
      severity: issue.severity === 'ERROR' ? 'error' : 'warning',
      message: issue.message,
    }));
}

/** The checks that found something, most issues first. */
export function checkCounts(counts: Record<string, number> | undefined): [string, number][] {
  return Object.entries(counts ?? {})
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
