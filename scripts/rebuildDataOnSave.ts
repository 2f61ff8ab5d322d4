/**
 * A Vite plugin for `npm run dev`: saving, adding or removing an article or a facts table under
 * `data/` rebuilds the atlas data and reloads the page, so a new article shows at once.
 *
 *   plugins: [rebuildDataOnSave(), sveltekit()]
 *
 * The rebuild is `npm run build:data`'s own (scripts/buildData.ts, the same rules, checks and
 * messages), run in a warm worker (scripts/build-data-worker.ts) that the dev server starts with
 * itself: a rebuild re-reads every file but pays neither Node's start-up nor cold code. A worker
 * that crashes, or that finds the rules edited under it, is replaced and the rebuild sent again.
 * Saves that come while a rebuild runs are gathered into one more rebuild. When the data has
 * errors, nothing is written (the page keeps the last good data) and the problems, as
 * `file:line: …`, go to the terminal and to Vite's error overlay.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { relative, resolve, sep } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import type { BuildReport } from './buildData';

export interface RebuildOptions {
	/** The project root, where the command runs (default: the current folder). */
	cwd?: string;
	/** The folder watched for `.txt` and `.csv` files (default: `data` in `cwd`). */
	watch?: string;
	/** Flags for build-data (default: none, its defaults). */
	args?: string[];
	/** Told after every rebuild (the benchmark and the tests listen). */
	onrebuilt?: (result: RebuildResult) => void;
	/**
	 * Runs one rebuild (default: build-data in the warm worker). The tests pass their own to hold
	 * a rebuild between reading the files and writing the data.
	 */
	build?: BuildFunction;
}

/** Runs build-data with these flags once: its exit status and everything it printed. */
export type BuildFunction = (args: string[]) => Promise<{ code: number; output: string }>;

export interface RebuildResult {
	ok: boolean;
	/** Wall time of the rebuild, from the save that started it. */
	ms: number;
	/** What build-data printed: its summary on success, the problems on failure. */
	output: string;
}

/** A rebuild asked of scripts/build-data-worker.ts. */
export interface WorkerRequest {
	id: number;
	args: string[];
}

/** Its answer: the command line's report, or an internal error (a bug) in one line. */
export type WorkerResponse = { id: number } & ({ report: BuildReport } | { internal: string });

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

/**
 * build-data in a long-lived child process (scripts/build-data-worker.ts, run through the cached
 * bundle), started at once and warmed with `args`. `build` sends it a rebuild; when the worker
 * dies before answering (a crash, or the rules edited since it started) a new one is started and
 * asked again, once. `close` ends it.
 */
export function buildDataWorker(
	cwd: string,
	args: string[]
): { build: BuildFunction; close(): void } {
	let asked = 0;
	let closed = false;

	function start(): ChildProcess {
		const child = spawn(
			process.execPath,
			['scripts/run-bundled.mjs', 'scripts/build-data-worker.ts', ...args],
			{ cwd, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }
		);
		// It must not keep the dev server's process alive; `ask` holds it while waiting.
		child.unref();
		child.channel?.unref();
		for (const stream of [child.stdout, child.stderr]) (stream as Socket | null)?.unref();
		child.on('exit', () => {
			if (worker === child) worker = null;
		});
		return child;
	}
	let worker: ChildProcess | null = start();

	/** One rebuild asked of the worker, or what it printed when it stopped without answering. */
	function ask(child: ChildProcess, request: WorkerRequest) {
		return new Promise<WorkerResponse | { stopped: string }>((done) => {
			let printed = '';
			const print = (chunk: Buffer) => (printed += chunk);
			const answer = (response: WorkerResponse) => {
				if (response.id === request.id) finish(response);
			};
			const stopped = () => finish({ stopped: printed.trim() });
			function finish(result: WorkerResponse | { stopped: string }) {
				child.stdout?.off('data', print);
				child.stderr?.off('data', print);
				child.off('message', answer);
				child.off('close', stopped);
				child.unref();
				child.channel?.unref();
				done(result);
			}
			child.stdout?.on('data', print);
			child.stderr?.on('data', print);
			child.on('message', answer);
			child.on('close', stopped);
			child.ref();
			child.channel?.ref();
			if (!child.connected) stopped();
			else child.send(request, (error) => error && stopped());
		});
	}

	return {
		async build(flags) {
			let stopped = '';
			for (let attempt = 0; attempt < 2 && !closed; attempt++) {
				worker ??= start();
				const response = await ask(worker, { id: ++asked, args: flags });
				if ('report' in response)
					return {
						code: response.report.code,
						output: response.report.stdout + response.report.stderr
					};
				if ('internal' in response) return { code: 70, output: response.internal };
				stopped = response.stopped;
				worker = null;
			}
			return {
				code: 1,
				output: `build-data's worker stopped without rebuilding${stopped ? `:\n${stopped}` : ''}`
			};
		},
		close() {
			closed = true;
			worker?.kill();
			worker = null;
		}
	};
}

/** The Vite plugin (dev server only): rebuilds the atlas data when a file under `data/` is saved. */
export function rebuildDataOnSave(options: RebuildOptions = {}): Plugin {
	const cwd = resolve(options.cwd ?? '.');
	const dir = resolve(cwd, options.watch ?? 'data');
	const args = options.args ?? [];
	let worker: ReturnType<typeof buildDataWorker> | null = null;

	return {
		name: 'atlas-rebuild-data-on-save',
		apply: 'serve',
		configureServer(server: ViteDevServer) {
			const log = server.config.logger;
			worker?.close();
			if (!options.build) worker = buildDataWorker(cwd, args);
			const build = options.build ?? worker!.build;
			/** When the first save not yet rebuilt came (null: nothing waiting). */
			let waitingSince: number | null = null;
			let running = false;

			async function rebuild() {
				if (running || waitingSince === null) return;
				running = true;
				const since = waitingSince;
				waitingSince = null;
				const { code, output } = await build(args).catch((error: unknown) => ({
					code: 70,
					output: `build-data: internal error: ${String(error)}`
				}));
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
		},
		buildEnd() {
			// The dev server is closing.
			worker?.close();
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
