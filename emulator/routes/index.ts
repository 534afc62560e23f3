import type { RouteModule } from '../router';
import { accountRoutes } from './accounts';
import { calculatedAttributeRoutes } from './calculatedAttributes';
import { dataPointRoutes } from './dataPoints';
import { feedRoutes } from './feeds';
import { fieldTransformationRoutes } from './fieldTransformations';
import { workspaceRoutes } from './workspaces';

/** Every resource's routes. A new resource adds its file and one line here. */
export const routeModules: RouteModule[] = [
	accountRoutes,
	workspaceRoutes,
	calculatedAttributeRoutes,
	fieldTransformationRoutes,
	dataPointRoutes,
	feedRoutes,
];
