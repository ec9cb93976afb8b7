import type { Route } from '../../app/router';

/** Model pages and side-by-side comparison (issue 14 item 2). */
export const modelRoutes: Route[] = [];
