import type { Route } from '../../app/router';

/** Fine-tuning: job list, job page with live progress, create form (issue 14 item 3). */
export const fineTuningRoutes: Route[] = [];
