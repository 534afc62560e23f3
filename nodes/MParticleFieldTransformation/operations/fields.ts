import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { workspaceIdField } from '../../shared/descriptions';
import { checkField, inputError } from '../../shared/validate';
import { TRANSFORMATION_ID_PATTERN } from '../transformationValues';

export const workspaceField: INodeProperties = {
	...workspaceIdField,
	description: 'Numeric ID of the mParticle workspace that holds the field transformations, e.g. 4302',
};

function checkTransformationId(context: IExecuteSingleFunctions, value: string, label: string) {
	if (value === '') throw inputError(context, `${label} is required`);
	if (!TRANSFORMATION_ID_PATTERN.test(value)) {
		throw inputError(
			context,
			`${label} may contain only letters, digits, - and _, e.g. orders-to-events (got "${value}")`,
		);
	}
	return value;
}

/** The client-chosen ID: checked before sending, and (when `inBody`) also sent as the body's `id`. */
export function fieldTransformationIdField(description: string, inBody: boolean): INodeProperties {
	return {
		displayName: 'Field Transformation ID',
		name: 'fieldTransformationId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. orders-to-events',
		description,
		routing: {
			send: {
				...(inBody ? { type: 'body' as const, property: 'id', value: '={{ String($value).trim() }}' } : {}),
				preSend: [checkField('fieldTransformationId', 'Field Transformation ID', checkTransformationId)],
			},
		},
	};
}

export const existingIdField = fieldTransformationIdField(
	'ID of the field transformation, e.g. orders-to-events. Get Many lists the IDs.',
	false,
);
