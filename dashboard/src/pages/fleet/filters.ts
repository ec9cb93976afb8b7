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

/** One task of library-service's `GET /models/recommendations/tasks` (the recommendation API's `task_type`s). */
export interface TaskView {
  task: string;
  /** The categories whose published scores measure quality for the task, with their weights. */
  category_weights: Record<string, number>;
  /** A capability the model must have. */
  required_capability: string;
}

export interface TaskList {
  tasks: TaskView[];
}

/** A task as the filter offers it: a model suits it when it has the capability and is in one of the categories. */
export interface Task {
  key: string;
  label: string;
  categories: string[];
  capability: string;
}

/** The API's tasks in its order, labelled from their wire names (`code_generation`: "Code generation"). */
export function tasksOf(list: TaskList): Task[] {
  return list.tasks.map((view) => ({
    key: view.task,
    label: view.task.charAt(0).toUpperCase() + view.task.slice(1).replaceAll('_', ' '),
    categories: Object.keys(view.category_weights),
    capability: view.required_capability,
  }));
}

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
  task: Task | null;
  size: string;
}

/** Filters from the query; a value the page does not offer is dropped rather than matching nothing. */
export function filtersOf(query: URLSearchParams, categories: string[], tasks: Task[]): Filters {
  const category = query.get('category') ?? '';
  const task = query.get('task') ?? '';
  const size = query.get('size') ?? '';
  return {
    category: categories.includes(category) ? category : '',
    task: tasks.find((offered) => offered.key === task) ?? null,
    size: size in SIZE_CLASSES ? size : '',
  };
}

export function matches(facets: ModelFacets | undefined, filters: Filters): boolean {
  if (!filters.category && !filters.task && !filters.size) return true;
  if (!facets) return false;
  if (filters.category && !facets.categories.includes(filters.category)) return false;
  if (filters.size && facets.sizeClass !== filters.size) return false;
  const task = filters.task;
  if (task) {
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
