import type { Route } from '../../app/router';

/** Fleet: hosts with capacity, and the models x hosts fit matrix (issue 14 item 1). */
export const fleetRoutes: Route[] = [];
