import { describe, expect, it } from 'vitest';

import { changedQuery, type Filters, facetsOf, filterRows, filtersOf, matches, type ModelFacets } from './filters';
import type { FitMatrixRow, LibraryEntry, LibraryResponse } from './types';

const entry = (name: string, sizeClass: string, capabilities: string[]): LibraryEntry => ({
  name,
  size: null,
  size_class: sizeClass,
  capabilities,
  memory_requirements_gb: 1,
});

const library = (categories: Record<string, LibraryEntry[]>): LibraryResponse => ({ model_count: 0, categories });

const facets = (categories: string[], sizeClass: string, capabilities: string[] = ['completion']): ModelFacets => ({
  categories,
  sizeClass,
  capabilities,
});

const none: Filters = { category: '', task: '', size: '' };
const row = (model: string): FitMatrixRow => ({ model, hosts: {} });

describe('facetsOf', () => {
  it('puts a model in every category that lists it', () => {
    const coder = entry('coder:1b', 'small', ['completion']);
    expect(facetsOf(library({ code: [coder], small: [coder] })).get('coder:1b')?.categories).toEqual(['code', 'small']);
  });

  it('keeps the size class and capabilities', () => {
    const eye = entry('eye:4b', 'small', ['completion', 'vision']);
    expect(facetsOf(library({ vision: [eye] })).get('eye:4b')).toEqual(facets(['vision'], 'small', ['completion', 'vision']));
  });
});

describe('filtersOf', () => {
  it('reads the filters from the query', () => {
    expect(filtersOf(new URLSearchParams('category=code&task=chat&size=tiny'), ['code'])).toEqual({
      category: 'code',
      task: 'chat',
      size: 'tiny',
    });
  });

  it('drops a category the library does not have', () => {
    expect(filtersOf(new URLSearchParams('category=poetry'), ['code']).category).toBe('');
  });

  it('drops a task that is not offered', () => {
    expect(filtersOf(new URLSearchParams('task=juggling'), []).task).toBe('');
  });
});

describe('matches', () => {
  it('lets every model through without filters, even one the library does not describe', () => {
    expect(matches(undefined, none)).toBe(true);
  });

  it('keeps a model of the chosen category', () => {
    expect(matches(facets(['code', 'small'], 'small'), { ...none, category: 'code' })).toBe(true);
  });

  it('leaves out a model of another size class', () => {
    expect(matches(facets(['general'], 'medium'), { ...none, size: 'small' })).toBe(false);
  });

  it('keeps a model in one of the task categories with its capability', () => {
    expect(matches(facets(['math'], 'small'), { ...none, task: 'reasoning' })).toBe(true);
  });

  it('leaves out a model without the task capability', () => {
    expect(matches(facets(['vision', 'general'], 'small', ['completion']), { ...none, task: 'vision' })).toBe(false);
  });

  it('leaves out a model outside the task categories', () => {
    expect(matches(facets(['embedding'], 'tiny', ['embedding', 'completion']), { ...none, task: 'chat' })).toBe(false);
  });

  it('leaves out a model the library does not describe once a filter is set', () => {
    expect(matches(undefined, { ...none, size: 'tiny' })).toBe(false);
  });
});

describe('filterRows', () => {
  it('keeps the API order of the rows that match', () => {
    const known = new Map([
      ['b', facets(['code'], 'tiny')],
      ['a', facets(['general'], 'tiny')],
      ['c', facets(['code'], 'tiny')],
    ]);
    expect(filterRows([row('b'), row('a'), row('c')], known, { ...none, category: 'code' }).map((r) => r.model)).toEqual([
      'b',
      'c',
    ]);
  });
});

describe('changedQuery', () => {
  it('sets the key and keeps the others', () => {
    expect(changedQuery(new URLSearchParams('size=tiny'), 'category', 'code')).toEqual({ size: 'tiny', category: 'code' });
  });

  it('removes the key when the value is empty', () => {
    expect(changedQuery(new URLSearchParams('size=tiny&task=chat'), 'task', '')).toEqual({ size: 'tiny' });
  });
});
