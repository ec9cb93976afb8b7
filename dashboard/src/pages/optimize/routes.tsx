import type { Route } from '../../app/router';

/** Optimization: session list, session page with the live convergence plot, create form (issue 14 item 4). */
export const optimizationRoutes: Route[] = [];
