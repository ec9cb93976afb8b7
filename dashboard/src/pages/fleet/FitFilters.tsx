import { useId } from 'preact/hooks';

import { CONTEXTS, type EstimateOptions, KV_CACHE_TYPES } from './estimateOptions';
import { type Filters, SIZE_CLASSES, TASKS } from './filters';

/** The query keys the page's selects write; changing one replaces the page's query. */
export type FleetQueryKey = 'category' | 'task' | 'size' | 'num_ctx' | 'kv_cache_type';

/** The filters (which models) and estimate settings (with what) of the fit matrix, each a labelled select. */
export function FitFilters({
  filters,
  options,
  categories,
  onChange,
}: {
  filters: Filters;
  options: EstimateOptions;
  categories: string[];
  onChange: (key: FleetQueryKey, value: string) => void;
}) {
  return (
    <form class="fit-filters" aria-label="Fit matrix filters" onSubmit={(event) => event.preventDefault()}>
      <Select
        label="Category"
        value={filters.category}
        any="any category"
        choices={categories.map((c) => [c, c])}
        onChange={(v) => onChange('category', v)}
      />
      <Select
        label="Task"
        value={filters.task}
        any="any task"
        choices={Object.entries(TASKS).map(([key, task]) => [key, task.label])}
        onChange={(v) => onChange('task', v)}
      />
      <Select
        label="Size"
        value={filters.size}
        any="any size"
        choices={Object.entries(SIZE_CLASSES)}
        onChange={(v) => onChange('size', v)}
      />
      <Select
        label="Context (num_ctx)"
        value={options.numCtx}
        any="each host's setting"
        choices={CONTEXTS.map((c) => [c, c])}
        onChange={(v) => onChange('num_ctx', v)}
      />
      <Select
        label="KV cache type"
        value={options.kvCacheType}
        any="each host's setting"
        choices={KV_CACHE_TYPES.map((k) => [k, k])}
        onChange={(v) => onChange('kv_cache_type', v)}
      />
    </form>
  );
}

function Select({
  label,
  value,
  any,
  choices,
  onChange,
}: {
  label: string;
  value: string;
  any: string;
  choices: [string, string][];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div class="fit-filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange((event.target as HTMLSelectElement).value)}>
        <option value="">{any}</option>
        {choices.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
