import { workspaceIdField } from '../../shared/descriptions';
import { resourceLocator } from '../../shared/resourceLocator';
import { sendTextToBody } from '../../shared/sendText';
import { checkField, inputError } from '../../shared/validate';
import { TRANSFORMATION_ID_CHARACTERS, TRANSFORMATION_ID_PATTERN } from '../transformationValues';
import type { IExecuteSingleFunctions, INodeProperties, INodePropertyRouting } from 'n8n-workflow';

export const workspaceField: INodeProperties = {
	...workspaceIdField,
	description:
		'Workspace that holds the field transformations: choose it from the workspaces of the credential’s account, or enter its numeric ID, e.g. 4302',
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

const LABEL = 'Field Transformation ID';

/** Update sends the ID in the body as well as in the path (mParticle's object carries its own id). */
const idInBody: INodePropertyRouting = {
	send: { preSend: [sendTextToBody('fieldTransformationId', 'id')] },
};

/** The ID of a new field transformation, chosen by the client; checked, and sent as the body's `id`. */
export function newFieldTransformationIdField(description: string): INodeProperties {
	return {
		displayName: LABEL,
		name: 'fieldTransformationId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. orders-to-events',
		description,
		routing: {
			send: {
				preSend: [
					checkField('fieldTransformationId', LABEL, checkTransformationId),
					...(idInBody.send?.preSend ?? []),
				],
			},
		},
	};
}

/** An existing field transformation of the workspace in Workspace ID: chosen from its list or typed in. */
export function fieldTransformationIdField(description: string, inBody: boolean): INodeProperties {
	return resourceLocator({
		name: 'fieldTransformationId',
		displayName: LABEL,
		description,
		searchListMethod: 'searchFieldTransformations',
		listPlaceholder: 'Select a field transformation...',
		idPlaceholder: 'e.g. orders-to-events',
		idPattern: {
			regex: TRANSFORMATION_ID_CHARACTERS,
			errorMessage:
				'Field Transformation ID may contain only letters, digits, - and _, e.g. orders-to-events',
		},
		check: checkTransformationId,
		routing: inBody ? idInBody : undefined,
		dependsOn: ['workspaceId'],
	});
}

export const existingIdField = fieldTransformationIdField(
	'Field transformation: choose one of the workspace’s field transformations, or enter its ID, e.g. orders-to-events (the id field of Get Many)',
	false,
);
