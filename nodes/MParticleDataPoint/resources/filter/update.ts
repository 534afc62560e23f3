import type { Operation } from '../../../shared/operation';
import { listFields } from '../../lists/fields';
import { sendList } from '../../lists/send';
import { appField, serviceNameField } from '../../fields';

export const update: Operation = {
	value: 'update',
	name: 'Update',
	action: 'Update the data point filters of a service',
	description: 'Switch forwarding on or off per data point, event type or user identity; others keep theirs',
	method: 'PUT',
	path: '/v1/apps/{appId}/{serviceName}/datapoints',
	fields: [appField, serviceNameField, ...listFields('filters')],
	preSend: [sendList('filters')],
};
