import type { Operation } from '../../../shared/operation';
import { listFields } from '../../lists/fields';
import { sendList } from '../../lists/send';
import { appField } from '../../fields';

export const add: Operation = {
	value: 'add',
	name: 'Add',
	action: 'Add data points to an app',
	description: 'Add data points to an app, e.g. to set their filters before data arrives',
	method: 'PUT',
	path: '/v1/apps/{appId}/datapoints',
	fields: [appField, ...listFields('dataPoints')],
	preSend: [sendList('dataPoints')],
};
