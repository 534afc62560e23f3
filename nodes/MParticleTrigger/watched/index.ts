import { account } from './account';
import { app } from './app';
import { appPlatform } from './appPlatform';
import { audience } from './audience';
import { calculatedAttribute } from './calculatedAttribute';
import { dataPoint } from './dataPoint';
import { feed } from './feed';
import { fieldTransformation } from './fieldTransformation';
import { service } from './service';
import { user } from './user';
import { workspace } from './workspace';

export type { Watched } from './watched';

/** What the trigger can watch, one file each beside this one. */
export const watchedResources = [
	account,
	app,
	appPlatform,
	audience,
	calculatedAttribute,
	dataPoint,
	feed,
	fieldTransformation,
	service,
	user,
	workspace,
];
