/**
 * Runs a TypeScript script fast: bundles it once with esbuild into node_modules/.cache/, and
 * on later runs imports the cached bundle while none of its sources changed. Plain JavaScript,
 * so starting it costs only Node's own start-up (tsx transpiles every module on every run).
 *
 * Usage: node scripts/run-bundled.mjs <script.ts> [args for the script…]
 *
 * JSON modules are bundled as `JSON.parse('…')` (V8 parses JSON text far faster than the same
 * object literal), without the fields listed in DROPPED that no bundled source reads: most of
 * world-countries is translations of every name into 25 languages. Together they save about a
 * tenth of a second of every run.
 *
 * The bundle is rebuilt when any source file it was built from changed (size or mtime), when
 * one is gone, or when esbuild's version or this file changed. Two runs at once are safe: each bundle is
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
import { fileURLToPath, pathToFileURL } from 'node:url';

const CACHE = 'node_modules/.cache/run-bundled';
/**
 * Fields left out of a JSON module's records, by the module's path inside node_modules. The
 * bundle fails to build if one of our own sources names a dropped field, so nothing reads a
 * field that is not there.
 */
const DROPPED = { 'world-countries/countries.json': ['translations'] };

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
		// A bundle made by another version of this file (which does not list it) is stale too.
		if (built.entry !== entry || !built.inputs[fileURLToPath(import.meta.url)]) return false;
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
		plugins: [jsonAsParse()],
		// Bundled CommonJS dependencies may call require().
		banner: {
			js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
		}
	});
	try {
		checkDropped(Object.keys(result.metafile.inputs));
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
	/** @type {Record<string, [number, number]>} */
	const inputs = {};
	const files = [
		...Object.keys(result.metafile.inputs),
		join('node_modules', 'esbuild', 'package.json'),
		// This file: how it bundles (DROPPED, the plugin) is part of the bundle too.
		fileURLToPath(import.meta.url)
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

/**
 * Bundles JSON as `module.exports = JSON.parse('…')`, without the fields in DROPPED.
 * @returns {import('esbuild').Plugin}
 */
function jsonAsParse() {
	return {
		name: 'json-as-parse',
		setup(build) {
			build.onLoad({ filter: /\.json$/ }, ({ path }) => {
				let data = JSON.parse(readFileSync(path, 'utf8'));
				const drop = droppedFor(path);
				if (drop.length && Array.isArray(data))
					data = data.map((record) =>
						Object.fromEntries(Object.entries(record).filter(([key]) => !drop.includes(key)))
					);
				return {
					contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(data))});`,
					loader: 'js'
				};
			});
		}
	};
}

/** The fields DROPPED lists for the JSON file at `path`. */
function droppedFor(path) {
	const inside = path
		.split(/[\\/]node_modules[\\/]/)
		.pop()
		?.replaceAll('\\', '/');
	return (inside && DROPPED[inside]) ?? [];
}

/** Fails the build when one of our own bundled sources names a field that DROPPED removes. */
function checkDropped(files) {
	const fields = [...new Set(Object.values(DROPPED).flat())];
	for (const file of files) {
		if (file.includes('node_modules') || !/\.[cm]?[jt]s$/.test(file)) continue;
		const text = readFileSync(file, 'utf8');
		const field = fields.find((f) => new RegExp(`\\b${f}\\b`).test(text));
		if (field)
			throw new Error(
				`${file} names "${field}", which scripts/run-bundled.mjs drops from JSON modules to start faster: remove it from DROPPED there`
			);
	}
}
