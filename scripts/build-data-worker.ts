/**
 * The dev server's warm build-data (scripts/rebuildDataOnSave.ts starts it): a long-lived child
 * process that keeps the build's code loaded and compiled, and its pure caches (the country-name
 * index) filled, so a rebuild on save pays neither Node's start-up nor cold code.
 *
 * Usage (over an IPC channel; the plugin spawns it):
 *   node scripts/run-bundled.mjs scripts/build-data-worker.ts [build-data's flags, to warm up]
 *
 * Each message `{ id, args }` gets `{ id, report }`: build-data run with those flags, re-reading
 * every file, exactly as `npm run build:data` would (scripts/buildData.ts), or `{ id, internal }`
 * for a bug. When a source the bundle was built from has changed since it started (the rules were
 * edited), it exits without answering, and the plugin starts a fresh one, bundled anew.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeControls } from '../src/lib/pipeline/formatReport';
import { buildData, prepareData } from './buildData';
import type { WorkerRequest, WorkerResponse } from './rebuildDataOnSave';

/**
 * The size and mtime of every file the bundle was built from, from run-bundled's manifest beside
 * it (`….mjs` → `….json`); none when run unbundled (tsx), which is never stale.
 */
function bundleInputs(): [string, number, number][] {
	const bundle = fileURLToPath(import.meta.url);
	if (!bundle.endsWith('.mjs')) return [];
	try {
		const { inputs } = JSON.parse(readFileSync(bundle.replace(/\.mjs$/, '.json'), 'utf8')) as {
			inputs: Record<string, [number, number]>;
		};
		return Object.entries(inputs).map(([file, [size, mtime]]) => [file, size, mtime]);
	} catch {
		return [];
	}
}

if (process.send) {
	const inputs = bundleInputs();
	const stale = () =>
		inputs.some(([file, size, mtime]) => {
			const now = statSync(file, { throwIfNoEntry: false });
			return !now || now.size !== size || now.mtimeMs !== mtime;
		});

	process.on('message', ({ id, args }: WorkerRequest) => {
		if (stale()) process.exit(0);
		let response: WorkerResponse;
		try {
			response = { id, report: buildData(args) };
		} catch (error) {
			response = {
				id,
				internal: `build-data: internal error: ${escapeControls(String(error))}`
			};
		}
		process.send?.(response);
	});
	// The dev server is gone (closed or killed): so is the reason to run.
	process.on('disconnect', () => process.exit(0));

	// Warm up: read and build once without writing, which compiles the hot code and fills the
	// caches. A problem here is the first rebuild's to report.
	try {
		prepareData(process.argv.slice(2));
	} catch {
		// Reported by the rebuild that meets it.
	}
}
