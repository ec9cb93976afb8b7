import type { FitMatrixRow, LibraryResponse } from './types';

/** What the filters know of a model, gathered from the library's category lists. */
export interface ModelFacets {
  categories: string[];
  sizeClass: string | null;
  capabilities: string[];
}

/** Every model's facets: a model is in each category whose list names it. */
export function facetsOf(library: LibraryResponse): Map<string, ModelFacets> {
  const facets = new Map<string, ModelFacets>();
  for (const [category, entries] of Object.entries(library.categories)) {
    for (const entry of entries) {
      const known = facets.get(entry.name);
      if (known) {
        known.categories.push(category);
      } else {
        facets.set(entry.name, { categories: [category], sizeClass: entry.size_class, capabilities: entry.capabilities ?? [] });
      }
    }
  }
  return facets;
}

export interface Task {
  label: string;
  /** The categories whose scores measure quality for the task (any one suffices here). */
  categories: string[];
  /** A capability the model must have. */
  capability: string;
}

/**
 * The recommendation API's tasks (library-service `TaskType`): a model suits a task when it has the task's
 * capability and is in one of the categories that score it. Keep in step with TaskType.
 */
export const TASKS: Record<string, Task> = {
  code_generation: { label: 'Code generation', categories: ['code'], capability: 'completion' },
  code_review: { label: 'Code review', categories: ['code', 'general'], capability: 'completion' },
  creative_writing: { label: 'Creative writing', categories: ['general'], capability: 'completion' },
  analysis: { label: 'Analysis', categories: ['general', 'math'], capability: 'completion' },
  summarization: { label: 'Summarization', categories: ['general'], capability: 'completion' },
  chat: { label: 'Chat', categories: ['general'], capability: 'completion' },
  math: { label: 'Math', categories: ['math'], capability: 'completion' },
  reasoning: { label: 'Reasoning', categories: ['math', 'general'], capability: 'completion' },
  vision: { label: 'Vision', categories: ['vision'], capability: 'vision' },
  embedding: { label: 'Embedding', categories: ['embedding'], capability: 'embedding' },
  translation: { label: 'Translation', categories: ['general'], capability: 'completion' },
};

/** The library's size classes, smallest first (by total parameters). */
export const SIZE_CLASSES: Record<string, string> = {
  tiny: 'Tiny (< 1 B)',
  small: 'Small (1–4.5 B)',
  medium: 'Medium (4.5–16 B)',
  large: 'Large (16–40 B)',
  huge: 'Huge (≥ 40 B)',
};

/** The filters as the page's query holds them (`#/fleet?category=code&size=small`); empty means any. */
export interface Filters {
  category: string;
  task: string;
  size: string;
}

/** Filters from the query; a value the page does not offer is dropped rather than matching nothing. */
export function filtersOf(query: URLSearchParams, categories: string[]): Filters {
  const category = query.get('category') ?? '';
  const task = query.get('task') ?? '';
  const size = query.get('size') ?? '';
  return {
    category: categories.includes(category) ? category : '',
    task: task in TASKS ? task : '',
    size: size in SIZE_CLASSES ? size : '',
  };
}

export function matches(facets: ModelFacets | undefined, filters: Filters): boolean {
  if (!filters.category && !filters.task && !filters.size) return true;
  if (!facets) return false;
  if (filters.category && !facets.categories.includes(filters.category)) return false;
  if (filters.size && facets.sizeClass !== filters.size) return false;
  if (filters.task) {
    const task = TASKS[filters.task];
    if (!facets.capabilities.includes(task.capability)) return false;
    if (!task.categories.some((category) => facets.categories.includes(category))) return false;
  }
  return true;
}

/** The fit matrix rows of the models the filters let through, in the API's order. */
export function filterRows(rows: FitMatrixRow[], facets: Map<string, ModelFacets>, filters: Filters): FitMatrixRow[] {
  return rows.filter((row) => matches(facets.get(row.model), filters));
}

/** The page's query with one key changed (an empty value removes it), as `href` takes it. */
export function changedQuery(query: URLSearchParams, key: string, value: string): Record<string, string> {
  const next: Record<string, string> = {};
  query.forEach((v, k) => {
    if (k !== key && v) next[k] = v;
  });
  if (value) next[key] = value;
  return next;
}
