/**
 * A Vite plugin for `npm run dev`: saving, adding or removing an article or a facts table under
 * `data/` rebuilds the atlas data and reloads the page, so a new article shows at once.
 *
 *   plugins: [rebuildDataOnSave(), sveltekit()]
 *
 * It runs the same command as `npm run build:data` without npm around it (`node
 * scripts/run-bundled.mjs scripts/build-data.ts`, the cached bundle), so the rules and the
 * checks are the command line's own. Saves that come while a rebuild runs are gathered into one
 * more rebuild. When the data has errors, nothing is written (the page keeps the last good data)
 * and the problems, as `file:line: …`, go to the terminal and to Vite's error overlay.
 */
import { spawn } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';

export interface RebuildOptions {
	/** The project root, where the command runs (default: the current folder). */
	cwd?: string;
	/** The folder watched for `.txt` and `.csv` files (default: `data` in `cwd`). */
	watch?: string;
	/** Flags for build-data (default: none, its defaults). */
	args?: string[];
	/** Told after every rebuild (the benchmark and the tests listen). */
	onrebuilt?: (result: RebuildResult) => void;
}

export interface RebuildResult {
	ok: boolean;
	/** Wall time of the rebuild, from the save that started it. */
	ms: number;
	/** What build-data printed: its summary on success, the problems on failure. */
	output: string;
}

/** True for a file a save of which changes the data: an article or a table under `dir`. */
export function isDataFile(path: string, dir: string): boolean {
	const inside = relative(dir, path);
	return (
		!!inside &&
		!inside.startsWith('..') &&
		!inside.split(sep).some((part) => part.startsWith('.')) &&
		/\.(txt|csv)$/i.test(inside)
	);
}

/** Runs build-data once; resolves with its exit status and its output. */
function runBuildData(cwd: string, args: string[]): Promise<{ code: number; output: string }> {
	return new Promise((done) => {
		const child = spawn(
			process.execPath,
			['scripts/run-bundled.mjs', 'scripts/build-data.ts', ...args],
			{ cwd, stdio: ['ignore', 'pipe', 'pipe'] }
		);
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', (error) => done({ code: 1, output: String(error) }));
		child.on('close', (code) => done({ code: code ?? 1, output }));
	});
}

export function rebuildDataOnSave(options: RebuildOptions = {}): Plugin {
	const cwd = resolve(options.cwd ?? '.');
	const dir = resolve(cwd, options.watch ?? 'data');
	const args = options.args ?? [];

	return {
		name: 'atlas-rebuild-data-on-save',
		apply: 'serve',
		configureServer(server: ViteDevServer) {
			const log = server.config.logger;
			/** When the first save not yet rebuilt came (null: nothing waiting). */
			let waitingSince: number | null = null;
			let running = false;

			async function rebuild() {
				if (running || waitingSince === null) return;
				running = true;
				const since = waitingSince;
				waitingSince = null;
				const { code, output } = await runBuildData(cwd, args);
				const ms = performance.now() - since;
				running = false;
				const lines = output.trim().split('\n');
				if (code === 0) {
					// build-data's last two lines: the summary and "wrote …".
					log.info(`atlas data rebuilt in ${ms.toFixed(0)} ms: ${lines.at(-2) ?? ''}`, {
						timestamp: true
					});
					server.ws.send({ type: 'full-reload' });
				} else {
					const problems = lines.filter((line) => !/^[A-Z]{3} /.test(line)).join('\n');
					log.error(`atlas data not rebuilt (the page keeps the last good data):\n${problems}`, {
						timestamp: true
					});
					server.ws.send({
						type: 'error',
						err: { message: `The atlas data has errors:\n${problems}`, stack: '' }
					});
				}
				try {
					options.onrebuilt?.({ ok: code === 0, ms, output });
				} finally {
					void rebuild(); // saves that came meanwhile
				}
			}

			server.watcher.add(dir);
			server.watcher.on('all', (event, path) => {
				if (!['add', 'change', 'unlink'].includes(event) || !isDataFile(path, dir)) return;
				waitingSince ??= performance.now();
				// A short pause gathers an editor's several writes of one save.
				setTimeout(() => void rebuild(), 30);
			});
		}
	};
}

/**
 * A Vite dev server with only this plugin (no SvelteKit, no HTTP port), for the benchmark and
 * the tests: resolves once its watcher has scanned `ready` (a folder inside `options.watch`);
 * rejects when it has not within 30 s (no file watches left, say) instead of waiting for ever.
 */
export async function startRebuildServer(
	options: RebuildOptions & { watch: string },
	ready: string
): Promise<ViteDevServer> {
	const server = await createServer({
		root: options.watch,
		configFile: false,
		logLevel: 'silent',
		server: { middlewareMode: true, hmr: false },
		plugins: [rebuildDataOnSave(options)]
	});
	const started = Date.now();
	while (!(ready in server.watcher.getWatched())) {
		if (Date.now() - started > 30_000) {
			await server.close();
			throw new Error(`the file watcher did not start watching ${ready} within 30 s`);
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	return server;
}
