import type { Route } from '../../app/router';
import { ComparePage } from './ComparePage';
import { ModelList } from './ModelList';
import { ModelPage } from './ModelPage';
import './models.css';

/** Model pages and side-by-side comparison (issue 14 item 2). */
export const modelRoutes: Route[] = [
  { path: '/models', nav: 'Models', title: 'Models', render: (_params, query) => <ModelList initialQuery={query} /> },
  { path: '/models/:name', title: (params) => params.name, render: (params) => <ModelPage name={params.name} key={params.name} /> },
  { path: '/compare', title: 'Compare models', render: (_params, query) => <ComparePage query={query} /> },
];
