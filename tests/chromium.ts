import { existsSync } from 'node:fs';

/**
 * Flags for headless Chromium on a closed network, as root: keep it off the network and
 * out of the sandbox it cannot create.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/**
 * The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * (undefined lets Playwright pick its bundled browser). The benchmark measures in this one: the
 * browser a reader has.
 */
export function chromiumExecutable(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

/** Debian's headless shell (`apt-get install chromium-headless-shell`). */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's headless shell, else
 * chromiumExecutable(). The headless shell is the same Chromium build (Blink, V8, SwiftShader)
 * without the desktop browser around it, as Playwright's own headless tests use: it loads the
 * home page about twice as fast here, and the browser suite takes two thirds of the time.
 */
export function testChromiumExecutable(): string | undefined {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
	return chromiumExecutable();
}
