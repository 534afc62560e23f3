import type { INodeProperties } from 'n8n-workflow';
import { workspaceLocator } from '../../../shared/fields/locators';
import { textField } from '../../../shared/fields/text';

/**
 * Where the Service Configuration list looks: the feed's workspace and the output service. Optional and
 * never sent; a Service Configuration ID typed in needs neither.
 */
export const serviceConfigurationListFields: INodeProperties[] = [
	workspaceLocator(
		'Workspace of the feed, to choose the feed and the output configuration from lists. Not sent; leave empty when you type the IDs.',
		false,
	),
	textField({
		name: 'moduleName',
		displayName: 'Output Module Name',
		description:
			'Module name of the output service to forward to, e.g. Amplitude, to choose its configuration from the list. Not sent.',
		placeholder: 'e.g. Amplitude',
	}),
];
