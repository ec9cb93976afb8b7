import { number } from '../../lib/format';
import type { ComparisonTable } from './types';

/** The page compares at most this many models side by side (the API takes 2 to 10). */
export const MAX_COMPARED = 4;

/** The models of `?models=a,b`: trimmed, distinct, at most MAX_COMPARED. */
export function selectionOf(query: URLSearchParams): string[] {
  const names = (query.get('models') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return [...new Set(names)].slice(0, MAX_COMPARED);
}

/** The selection with `name` added (when there is room) or removed. */
export function toggled(selection: string[], name: string): string[] {
  if (selection.includes(name)) return selection.filter((n) => n !== name);
  return selection.length < MAX_COMPARED ? [...selection, name] : selection;
}

/** What a row's figures are: published (sourced), estimated (the estimator) or measured (an optimizer session). */
export type Basis = 'published' | 'estimated' | 'measured' | 'fact';

export interface CompareRow {
  label: string;
  basis: Basis;
  cells: string[];
  /** Index of the best cell, when the row has a direction and a value to rank. */
  best: number | null;
}

type Direction = 'higher' | 'lower' | null;

function row(
  label: string,
  basis: Basis,
  models: string[],
  value: (model: string) => number | null | undefined,
  show: (value: number) => string,
  direction: Direction,
): CompareRow {
  const values = models.map((model) => value(model) ?? null);
  const cells = values.map((v) => (v == null ? '–' : show(v)));
  return { label, basis, cells, best: direction ? bestIndex(values, direction) : null };
}

/** The index of the single best value; null for a tie for first or fewer than two values. */
function bestIndex(values: (number | null)[], direction: 'higher' | 'lower'): number | null {
  const known = values.filter((v): v is number => v != null);
  if (known.length < 2) return null;
  const top = direction === 'higher' ? Math.max(...known) : Math.min(...known);
  return known.filter((v) => v === top).length > 1 ? null : values.indexOf(top);
}

const text = (label: string, basis: Basis, models: string[], value: (model: string) => string | null | undefined): CompareRow => ({
  label,
  basis,
  cells: models.map((model) => value(model) ?? '–'),
  best: null,
});

/** Every category any of the models has a score in, sorted. */
export function scoredCategories(table: ComparisonTable, models: string[]): string[] {
  const categories = new Set<string>();
  for (const model of models) Object.keys(table.scores_by_category[model] ?? {}).forEach((c) => categories.add(c));
  return [...categories].sort();
}

const score = (v: number) => number(v, 3);
const gb = (v: number) => `${number(v, 2)} GB`;

/** The comparison table's rows, one per figure, in the order the page shows them. */
export function compareRows(table: ComparisonTable, models: string[]): CompareRow[] {
  const measured = (model: string) => table.measured_performance[model] ?? null;
  return [
    row('Best category score', 'published', models, (m) => table.performance[m], score, 'higher'),
    ...scoredCategories(table, models).map((category) =>
      row(`Score: ${category}`, 'published', models, (m) => table.scores_by_category[m]?.[category], score, 'higher'),
    ),
    row('Optimizer quality (own suite)', 'measured', models, (m) => measured(m)?.quality, score, null),
    row('Optimizer tokens/s', 'measured', models, (m) => measured(m)?.tokens_per_second, (v) => number(v, 1), 'higher'),
    row('Optimizer mean latency', 'measured', models, (m) => measured(m)?.mean_latency_ms, (v) => `${number(v, 0)} ms`, 'lower'),
    row('Memory (4K context, f16 KV)', 'estimated', models, (m) => table.memory_usage[m], gb, 'lower'),
    row('Expected tokens/s on the host', 'estimated', models, (m) => table.expected_tokens_per_second[m], (v) => number(v, 1), 'higher'),
    text('Placement on the host', 'estimated', models, (m) => table.placement[m]),
    row('Download size', 'fact', models, (m) => table.disk_size_gb[m], gb, 'lower'),
    row('Context length', 'fact', models, (m) => table.context_length[m], (v) => v.toLocaleString('en'), 'higher'),
    row('Parameters', 'fact', models, (m) => table.parameter_count[m], (v) => `${number(v / 1e9, 2)} B`, null),
    text('Capabilities', 'fact', models, (m) => table.capabilities[m]?.join(', ')),
    text('Licence', 'fact', models, (m) => table.license[m]),
  ];
}
