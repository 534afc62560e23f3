import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { inputError } from '../../../shared/checks';
import { resourceLocator, workspaceLocator } from '../../../shared/fields/locators';
import type { SendTo } from '../../../shared/fields/send';
import { textField } from '../../../shared/fields/text';

/** A field transformation ID is chosen by the client: letters, digits, `-` and `_` only. */
export const TRANSFORMATION_ID_CHARACTERS = '[A-Za-z0-9_-]+';
export const TRANSFORMATION_ID_PATTERN = new RegExp(`^${TRANSFORMATION_ID_CHARACTERS}$`);

export const workspaceField: INodeProperties = workspaceLocator(
	'Workspace that holds the field transformations: choose it from the workspaces of the credential’s account, or enter its numeric ID, e.g. 4302',
);

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

/** Create and Update send the ID in the body as well (mParticle's object carries its own id). */
const ID_IN_BODY: SendTo = { type: 'body', property: 'id' };

/** The ID of a new field transformation, chosen by the client; checked, and sent as the body's `id`. */
export function newFieldTransformationIdField(description: string): INodeProperties {
	return textField({
		name: 'fieldTransformationId',
		displayName: LABEL,
		description,
		placeholder: 'e.g. orders-to-events',
		required: true,
		check: checkTransformationId,
		send: ID_IN_BODY,
	});
}

/** An existing field transformation of the workspace in Workspace ID: chosen from its list or typed in. */
export function fieldTransformationIdField(description: string, inBody: boolean): INodeProperties {
	return resourceLocator({
		name: 'fieldTransformationId',
		displayName: 'Field Transformation',
		label: LABEL,
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
		send: inBody ? ID_IN_BODY : undefined,
		dependsOn: ['workspaceId'],
	});
}

export const existingIdField = fieldTransformationIdField(
	'Field transformation: choose one of the workspace’s field transformations, or enter its ID, e.g. orders-to-events (the id field of Get Many)',
	false,
);
