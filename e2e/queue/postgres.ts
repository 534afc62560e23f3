import { randomBytes } from 'node:crypto';
import {
	chownSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOrInstall } from '../debianPackages';
import { freePort, run } from '../processes';

const VERSIONS_FOLDER = '/usr/lib/postgresql';
const USER = 'n8n';
const DATABASE = 'n8n';

/** A PostgreSQL server of this test's own: the database every n8n process shares. */
export interface Postgres {
	/** n8n's settings for this database. */
	settings: NodeJS.ProcessEnv;
	/** Runs one SQL query with psql; one string per row, columns separated by `|`. */
	query(sql: string): Promise<string[]>;
	stop(): Promise<void>;
}

/**
 * Starts Debian's PostgreSQL (installed with apt-get when missing) on 127.0.0.1 and a free port, with a new
 * cluster in a temporary folder and a password-protected user and database for n8n. PostgreSQL refuses to
 * run as root: as root it runs as Debian's `postgres` user (made by the package), otherwise as the current user.
 */
export async function startPostgres(): Promise<Postgres> {
	const bin = await findOrInstall({ packageName: 'postgresql', find: newestBinFolder, by: 'queue' });
	const folder = mkdtempSync(join(tmpdir(), 'n8n-mparticle-postgres-'));
	const data = join(folder, 'data');
	const owner = process.getuid?.() === 0 ? systemUser('postgres') : undefined;
	if (owner) chownSync(folder, owner.uid, owner.gid);
	const asOwner = (tool: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
		owner
			? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], env, 'capture', folder)
			: run(join(bin, tool), args, env, 'capture', folder);

	const port = await freePort();
	const password = randomBytes(16).toString('hex');
	const passwordFile = join(folder, 'password');
	writeFileSync(passwordFile, password, { mode: 0o600 });
	if (owner) chownSync(passwordFile, owner.uid, owner.gid);
	const stop = async () => {
		await asOwner('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => {});
		rmSync(folder, { recursive: true, force: true });
	};
	try {
		await asOwner('initdb', [
			'-D',
			data,
			'-U',
			USER,
			`--pwfile=${passwordFile}`,
			'--auth=scram-sha-256',
			'--encoding=UTF8',
			'--locale=C',
		]);
		rmSync(passwordFile);
		// A throwaway database: durability is not needed, speed is.
		const options = [
			`-p ${port}`,
			'-c listen_addresses=127.0.0.1',
			`-c unix_socket_directories=${folder}`,
			'-c fsync=off',
			'-c synchronous_commit=off',
			'-c full_page_writes=off',
		].join(' ');
		await asOwner('pg_ctl', [
			'-D',
			data,
			'-l',
			join(folder, 'server.log'),
			'-o',
			options,
			'-w',
			'-t',
			'60',
			'start',
		]);
		const client = ['-h', '127.0.0.1', '-p', String(port), '-U', USER];
		const clientEnv = { PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' };
		await run(join(bin, 'createdb'), [...client, DATABASE], clientEnv);
		return {
			settings: {
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: '127.0.0.1',
				DB_POSTGRESDB_PORT: String(port),
				DB_POSTGRESDB_DATABASE: DATABASE,
				DB_POSTGRESDB_USER: USER,
				DB_POSTGRESDB_PASSWORD: password,
			},
			query: async (sql) =>
				(await run(join(bin, 'psql'), [...client, '-d', DATABASE, '-At', '-F', '|', '-c', sql], clientEnv))
					.split('\n')
					.filter((line) => line !== ''),
			stop,
		};
	} catch (error) {
		const log = existsSync(join(folder, 'server.log'))
			? readFileSync(join(folder, 'server.log'), 'utf8')
			: '';
		await stop();
		throw new Error(
			`PostgreSQL did not start: ${(error as Error).message}${log ? `\n${log.slice(-1000)}` : ''}`,
		);
	}
}

/** The bin folder of the newest PostgreSQL Debian installed (/usr/lib/postgresql/<version>/bin). */
function newestBinFolder(): string | undefined {
	if (!existsSync(VERSIONS_FOLDER)) return undefined;
	return readdirSync(VERSIONS_FOLDER)
		.filter((version) => existsSync(join(VERSIONS_FOLDER, version, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a))
		.map((version) => join(VERSIONS_FOLDER, version, 'bin'))[0];
}

function systemUser(name: string): { uid: number; gid: number } {
	const entry = readFileSync('/etc/passwd', 'utf8')
		.split('\n')
		.map((line) => line.split(':'))
		.find((fields) => fields[0] === name);
	if (!entry)
		throw new Error(`there is no ${name} user to run PostgreSQL as (Debian's postgresql package makes it)`);
	return { uid: Number(entry[2]), gid: Number(entry[3]) };
}
