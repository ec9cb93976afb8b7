import type { Route } from '../../app/router';
import { CreateSessionPage } from './CreateSessionPage';
import { SessionListPage } from './SessionListPage';
import { SessionPage } from './SessionPage';
import './optimize.css';

/** Optimization: session list, session page with the live convergence plot, create form (issue 14 item 4). */
export const optimizationRoutes: Route[] = [
  {
    path: '/optimization',
    nav: 'Optimization',
    title: 'Optimization',
    render: (_, query) => <SessionListPage status={query.get('status')} />,
  },
  { path: '/optimization/new', title: 'New optimization session', render: () => <CreateSessionPage /> },
  {
    path: '/optimization/sessions/:id',
    title: (params) => `Optimization session ${params.id}`,
    render: (params) => <SessionPage key={params.id} id={params.id} />,
  },
];
