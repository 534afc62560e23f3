import { nameWithId } from './results';
import { searchList } from './searchList';

/** The dashboard users of the account, by name and e-mail, e.g. "Jane Doe (jane.doe@acme.com)" → the e-mail. */
export const searchUsers = searchList('/v1/users', (user) => ({
	name: nameWithId([user.first_name, user.last_name].filter(Boolean).join(' '), user.email),
	value: String(user.email),
}));
