import type { RouteModule } from '../router';
import { accountRoutes } from './accounts';
import { appRoutes } from './apps';
import { audienceRoutes } from './audiences';
import { calculatedAttributeRoutes } from './calculatedAttributes';
import { dataPointRoutes } from './dataPoints';
import { feedRoutes } from './feeds';
import { fieldTransformationRoutes } from './fieldTransformations';
import { serviceRoutes } from './services';
import { userRoutes } from './users';
import { workspaceRoutes } from './workspaces';

/** Every resource's routes. A new resource adds its file and one line here. */
export const routeModules: RouteModule[] = [
	accountRoutes,
	appRoutes,
	audienceRoutes,
	calculatedAttributeRoutes,
	dataPointRoutes,
	feedRoutes,
	fieldTransformationRoutes,
	serviceRoutes,
	userRoutes,
	workspaceRoutes,
];
