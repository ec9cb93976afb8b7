import type { Route } from '../../app/router';
import { FleetPage } from './FleetPage';
import './fleet.css';

/** Fleet: hosts with capacity, and the models x hosts fit matrix (issue 14 item 1). */
export const fleetRoutes: Route[] = [
  { path: '/fleet', nav: 'Fleet', title: 'Fleet', render: (_params, query) => <FleetPage query={query} /> },
];
