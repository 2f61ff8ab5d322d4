/**
 * Runs a TypeScript script fast: bundles it once with esbuild into node_modules/.cache/, and
 * on later runs imports the cached bundle while none of its sources changed. Plain JavaScript,
 * so starting it costs only Node's own start-up (tsx transpiles every module on every run).
 *
 * Usage: node scripts/run-bundled.mjs <script.ts> [args for the script…]
 *
 * The bundle is rebuilt when any source file it was built from changed (size or mtime), when
 * one is gone, or when esbuild's version changed. Two runs at once are safe: each bundle is
 * written to a temporary file and renamed into place, and while one run rebuilds, the others
 * wait for its bundle instead of each building their own.
 */
import {
	existsSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CACHE = 'node_modules/.cache/run-bundled';

const [script, ...args] = process.argv.slice(2);
if (!script) {
	console.error('usage: node scripts/run-bundled.mjs <script.ts> [args…]');
	process.exit(2);
}
const entry = resolve(script);
const name = basename(entry).replace(/\.[cm]?ts$/, '');
const bundle = resolve(CACHE, `${name}.mjs`);
const manifest = resolve(CACHE, `${name}.json`);

if (!fresh()) await rebuildOnce();
// The script reads its flags from process.argv, as when run directly.
process.argv = [process.argv[0] ?? 'node', entry, ...args];
await import(pathToFileURL(bundle).href);

/** Rebuilds unless another run is rebuilding: then waits for it (up to a minute) and reuses its bundle. */
async function rebuildOnce() {
	const lock = `${bundle}.lock`;
	mkdirSync(CACHE, { recursive: true });
	for (let waited = 0; waited < 60_000; waited += 100) {
		try {
			mkdirSync(lock);
		} catch {
			// Another run holds the lock; a lock older than a minute is left over from a crash.
			const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
			if (age > 60_000) rmSync(lock, { recursive: true, force: true });
			await new Promise((done) => setTimeout(done, 100));
			if (fresh()) return;
			continue;
		}
		try {
			if (!fresh()) await rebuild();
		} finally {
			rmSync(lock, { recursive: true, force: true });
		}
		return;
	}
	await rebuild();
}

/** True when the cached bundle was built from the sources as they are now. */
function fresh() {
	if (!existsSync(bundle) || !existsSync(manifest)) return false;
	try {
		/** @type {{ entry: string, inputs: Record<string, [number, number]> }} */
		const built = JSON.parse(readFileSync(manifest, 'utf8'));
		if (built.entry !== entry) return false;
		for (const [file, [size, mtime]] of Object.entries(built.inputs)) {
			const now = statSync(file, { throwIfNoEntry: false });
			if (!now || now.size !== size || now.mtimeMs !== mtime) return false;
		}
		return true;
	} catch {
		return false;
	}
}

/** Bundles the script and records the size and mtime of every file it was built from. */
async function rebuild() {
	const { build, version } = await import('esbuild');
	mkdirSync(CACHE, { recursive: true });
	const temporary = `${bundle}.tmp-${process.pid}`;
	const result = await build({
		entryPoints: [entry],
		outfile: temporary,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: `node${process.versions.node.split('.')[0]}`,
		metafile: true,
		logLevel: 'warning',
		// Bundled CommonJS dependencies may call require().
		banner: {
			js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
		}
	});
	/** @type {Record<string, [number, number]>} */
	const inputs = {};
	const files = [
		...Object.keys(result.metafile.inputs),
		join('node_modules', 'esbuild', 'package.json')
	];
	for (const file of files) {
		const path = resolve(file);
		const stat = statSync(path, { throwIfNoEntry: false });
		if (stat) inputs[path] = [stat.size, stat.mtimeMs];
	}
	renameSync(temporary, bundle);
	writeFileSync(`${manifest}.tmp-${process.pid}`, JSON.stringify({ entry, version, inputs }));
	renameSync(`${manifest}.tmp-${process.pid}`, manifest);
}
