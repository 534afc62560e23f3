import { existsSync } from 'node:fs';
import { findOrInstall } from '../debianPackages';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The path of a Chromium to drive: CHROMIUM_PATH, or one installed by the system's package manager.
 * When there is none and this runs as root, installs Debian's `chromium` with apt-get.
 */
export async function findOrInstallChromium(): Promise<string> {
	const given = process.env.CHROMIUM_PATH;
	if (given) {
		if (!existsSync(given)) throw new Error(`CHROMIUM_PATH=${given} does not exist`);
		return given;
	}
	return findOrInstall({
		packageName: 'chromium',
		find: () => CANDIDATES.find((path) => existsSync(path)),
		by: 'editor',
		otherwise: ' or set CHROMIUM_PATH to a Chrome or Chromium binary',
	});
}
