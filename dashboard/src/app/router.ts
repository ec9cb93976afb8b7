import { useEffect, useState } from 'preact/hooks';
import type { ComponentChild } from 'preact';

/**
 * Hash routes (`#/models/llama3.2:1b`): the gateway serves one index.html at `/` and needs no fallback for deep
 * links. A pattern's `:name` segments become params; the part after `?` is the query.
 */
export interface Route {
  /** e.g. `/fine-tuning/jobs/:id` */
  path: string;
  /** Shown in the navigation bar when set, in this order. */
  nav?: string;
  title: string | ((params: Record<string, string>) => string);
  render: (params: Record<string, string>, query: URLSearchParams) => ComponentChild;
}

export interface Location {
  path: string;
  query: URLSearchParams;
}

export function currentLocation(): Location {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?', 2);
  return { path, query: new URLSearchParams(query) };
}

export function useLocation(): Location {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    const changed = () => setLocation(currentLocation());
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return location;
}

/** Params of the path when it matches the pattern, else null. Segments are URI-decoded. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      try {
        params[want[i].slice(1)] = decodeURIComponent(have[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== have[i]) {
      return null;
    }
  }
  return params;
}

/** The href of a route, its params encoded: `href('/models/:name', {name: 'qwen2.5:7b'})`. */
export function href(pattern: string, params: Record<string, string> = {}, query?: Record<string, string>): string {
  const path = pattern.replace(/:([A-Za-z_]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = query ? new URLSearchParams(query).toString() : '';
  return '#' + path + (search ? '?' + search : '');
}

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, '');
}
