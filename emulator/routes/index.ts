import type { RouteModule } from '../router';
import { accountRoutes } from './accounts';
import { appRoutes } from './apps';
import { audienceRoutes } from './audiences';
import { serviceRoutes } from './services';
import { userRoutes } from './users';
import { workspaceRoutes } from './workspaces';

/** Every resource's routes. A new resource adds its file and one line here. */
export const routeModules: RouteModule[] = [
	accountRoutes,
	appRoutes,
	audienceRoutes,
	serviceRoutes,
	userRoutes,
	workspaceRoutes,
];
