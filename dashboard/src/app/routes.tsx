import { fineTuningRoutes } from '../pages/finetune/routes';
import { fleetRoutes } from '../pages/fleet/routes';
import { modelRoutes } from '../pages/models/routes';
import { optimizationRoutes } from '../pages/optimize/routes';
import type { Route } from './router';

/** Every page, by feature; the navigation shows those with a `nav` label in this order. */
export const routes: Route[] = [...fleetRoutes, ...modelRoutes, ...fineTuningRoutes, ...optimizationRoutes];
