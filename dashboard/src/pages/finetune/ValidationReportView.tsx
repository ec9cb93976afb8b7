import { number } from '../../lib/format';
import type { ValidationReport } from './types';
import { checkCounts, issueRows } from './validationReport';

/** What validation found in the training data: counts, tokens (measured or estimated, as the report says), issues by line. */
export function ValidationReportView({ report }: { report: ValidationReport }) {
  const rows = issueRows(report.issues ?? []);
  const checks = checkCounts(report.counts_by_check);
  return (
    <div class="validation-report" data-validation-report>
      <p>
        <span class={report.passed ? 'passed' : 'failed'}>{report.passed ? 'Passed' : 'Failed'}</span>:{' '}
        {report.examples} examples ({report.train_examples} for training, {report.validation_examples} held out for
        validation), {report.errors} errors, {report.warnings} warnings
        {report.data_type && `; ${report.data_type}${report.detected ? ' (detected)' : ''}`}.
      </p>
      {report.tokens && (
        <p>
          {report.tokens.measured ? 'Tokens (counted with the base model’s tokenizer)' : 'Tokens (estimated)'}:{' '}
          {report.tokens.tokens} in all, the longest example {report.tokens.max_example_tokens} of a{' '}
          {report.tokens.context_length}-token context
          {!report.tokens.measured && <span class="hint"> — {report.tokens.method}</span>}.
        </p>
      )}
      {checks.length > 0 && (
        <p>
          By check:{' '}
          {checks.map(([check, count], i) => (
            <span key={check}>
              {i > 0 && ', '}
              <code>{check}</code> {count}
            </span>
          ))}
        </p>
      )}
      {rows.length > 0 && (
        <table class="issues" data-validation-issues>
          <caption>
            Issues by line{report.issues_truncated && ' (the first ones only; every issue is counted above)'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Severity</th>
              <th scope="col">Check</th>
              <th scope="col">Message</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} class={row.severity}>
                <td data-line>{row.line}</td>
                <td>{row.severity}</td>
                <td>
                  <code>{row.check}</code>
                </td>
                <td>{row.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.lines !== undefined && <p class="hint">{number(report.lines, 0)} lines read.</p>}
    </div>
  );
}
