import type { Operation } from '../../../shared/operation';
import { listFields } from '../../lists/fields';
import { sendList } from '../../lists/send';
import { appField } from '../../fields';

export const add: Operation = {
	value: 'add',
	name: 'Add',
	action: 'Add data points to an app',
	description:
		'Add data points to an app, for example to set filters for them before any data arrives. Data points that exist stay as they are. Outputs one item with success true.',
	method: 'PUT',
	path: '/v1/apps/{appId}/datapoints',
	fields: [appField, ...listFields('dataPoints')],
	preSend: [sendList('dataPoints')],
};
