import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '../src/lib/types';
import { prepareData } from './buildData';
import {
	buildDataWorker,
	isDataFile,
	startRebuildServer,
	type BuildFunction,
	type RebuildResult
} from './rebuildDataOnSave';

describe('isDataFile', () => {
	it.each([
		['/p/data/articles/chile-palestine.txt', true],
		['/p/data/facts.csv', true],
		['/p/data/articles/NOTES.TXT', true],
		['/p/data/FACTS.md', false],
		['/p/data/articles/.chile-palestine.txt.swp', false],
		['/p/data/.cache/x.txt', false],
		['/p/src/lib/x.txt', false],
		['/p/data', false]
	])('%s → %s', (path, expected) => {
		expect(isDataFile(path, '/p/data')).toBe(expected);
	});
});

/**
 * The build-data workers this process has started, by process id, from /proc (Linux; `ps` is
 * not on every machine). A worker that has died, a zombie until reaped, has no command line.
 */
function workerPids(): number[] {
	const pids: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			// "pid (name) state ppid …": the name may hold spaces and parentheses.
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (ppid !== process.pid) continue;
			if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('scripts/build-data-worker.ts'))
				pids.push(Number(entry));
		} catch {
			// It ended while being read.
		}
	}
	return pids;
}

/** Resolves once `check` holds (polled), or rejects after `ms`. */
function until(check: () => boolean, what: string, ms = 50_000): Promise<void> {
	return new Promise((done, fail) => {
		const started = Date.now();
		const poll = setInterval(() => {
			if (check()) done();
			else if (Date.now() - started > ms) fail(new Error(`${what}: not within ${ms / 1000} s`));
			else return;
			clearInterval(poll);
		}, 20);
	});
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A short article about Chile whose recognition sentence has the given day of January 2011. */
const chile = (day: number) =>
	`= Chile–Palestine relations =\n\nChile recognised the State of Palestine on ${day} January 2011.\n`;

/** A copy of the bundled articles in a fresh folder: where the data and its output go. */
function copyOfArticles(prefix: string) {
	const root = mkdtempSync(join(tmpdir(), prefix));
	const articles = join(root, 'data', 'articles');
	cpSync('data/articles', articles, { recursive: true });
	return { root, articles, out: join(root, 'countries.json') };
}

/** Chile's recognition of Palestine in the data written to `out`, as JSON text. */
const chileRecognition = (out: string) =>
	JSON.stringify(
		(JSON.parse(readFileSync(out, 'utf8')) as AtlasData).countries.find((c) => c.iso3 === 'CHL')
			?.attributes.recognizesPalestine
	);

/** A Vite dev server with only this plugin, watching a copy of the articles. */
describe('rebuildDataOnSave in a Vite dev server', () => {
	const { root, articles, out } = copyOfArticles('atlas-dev-data-');
	const results: RebuildResult[] = [];
	let server: ViteDevServer | undefined;

	/** Resolves with the next rebuild's result. */
	async function nextRebuild(): Promise<RebuildResult> {
		const seen = results.length;
		await until(() => results.length > seen, 'a rebuild');
		return results[results.length - 1]!;
	}

	beforeAll(async () => {
		cpSync('data/articles', articles, { recursive: true });
		server = await startRebuildServer(
			{
				watch: join(root, 'data'),
				args: ['--articles', articles, '--out', out],
				onrebuilt: (result) => results.push(result)
			},
			articles
		);
	}, 60_000);

	afterAll(async () => {
		await server?.close();
		rmSync(root, { recursive: true, force: true });
	});

	it('a new article is in the data after one rebuild', async () => {
		const rebuilt = nextRebuild();
		writeFileSync(
			join(articles, 'chile-palestine.txt'),
			'= Chile–Palestine relations =\n\nChile recognised the State of Palestine on 7 January 2011.\n'
		);
		const result = await rebuilt;
		expect(result.ok).toBe(true);
		expect(result.output).toMatch(/6 articles, 6 countries with an article/);
		const data = JSON.parse(readFileSync(out, 'utf8')) as AtlasData;
		const chile = data.countries.find((c) => c.iso3 === 'CHL');
		expect(chile?.article?.title).toBe('Chile–Palestine relations');
		// The article's sentence is in the data, as the value's evidence or beside it.
		expect(JSON.stringify(chile?.attributes.recognizesPalestine)).toContain(
			'Chile recognised the State of Palestine on 7 January 2011.'
		);
	});

	it('an article with an error keeps the last good data and reports file:line', async () => {
		const before = statSync(out).mtimeMs;
		const rebuilt = nextRebuild();
		writeFileSync(join(articles, 'atlantis-palestine.txt'), '= Atlantis–Palestine relations =\n');
		const result = await rebuilt;
		expect(result.ok).toBe(false);
		expect(result.output).toMatch(/atlantis-palestine\.txt:1: error: .*Atlantis/);
		expect(statSync(out).mtimeMs).toBe(before);
		rmSync(join(articles, 'atlantis-palestine.txt'));
		expect((await nextRebuild()).ok).toBe(true);
	});

	it('rebuilds in a warm worker, and a new one when the worker has crashed', async () => {
		const [pid, ...others] = workerPids();
		expect(pid, 'one warm worker').toBeGreaterThan(0);
		expect(others).toEqual([]);
		process.kill(pid!, 'SIGKILL');
		await until(() => !workerPids().includes(pid!), 'the worker gone');
		const rebuilt = nextRebuild();
		writeFileSync(join(articles, 'chile-palestine.txt'), chile(8));
		expect((await rebuilt).ok).toBe(true);
		expect(chileRecognition(out)).toContain('on 8 January 2011');
		expect(workerPids()).toHaveLength(1);
		expect(workerPids()).not.toContain(pid);
	});

	it('closing the dev server ends the worker', async () => {
		await server?.close();
		server = undefined;
		await until(() => workerPids().length === 0, 'no worker left');
	});
});

describe('buildDataWorker', () => {
	it('a worker killed while it rebuilds is replaced and the rebuild sent again', async () => {
		const { root, out } = copyOfArticles('atlas-worker-');
		const args = ['--articles', join(root, 'data', 'articles'), '--out', out];
		const worker = buildDataWorker(process.cwd(), args);
		try {
			await until(() => workerPids().length === 1, 'a worker started');
			const [pid] = workerPids();
			const rebuilt = worker.build(args);
			process.kill(pid!, 'SIGKILL'); // the request is on its way
			const { code, output } = await rebuilt;
			expect(code, output).toBe(0);
			expect(output).toMatch(/^5 articles, 5 countries with an article/m);
			expect(statSync(out).isFile()).toBe(true);
			expect(workerPids()).not.toContain(pid);
		} finally {
			worker.close();
			rmSync(root, { recursive: true, force: true });
		}
	});
	it('a worker that finds its code edited is replaced by one built from the new code', async () => {
		const { root, out } = copyOfArticles('atlas-worker-');
		const args = ['--articles', join(root, 'data', 'articles'), '--out', out];
		const worker = buildDataWorker(process.cwd(), args);
		try {
			expect((await worker.build(args)).code).toBe(0);
			const [pid] = workerPids();
			// As when the rules are edited: a source of the worker's bundle has a new mtime.
			const now = new Date();
			utimesSync('scripts/build-data-worker.ts', now, now);
			const { code, output } = await worker.build(args);
			expect(code, output).toBe(0);
			expect(workerPids()).toHaveLength(1);
			expect(workerPids()).not.toContain(pid);
		} finally {
			worker.close();
			rmSync(root, { recursive: true, force: true });
		}
	});
});

/**
 * Saves during a rebuild, with the real build held between reading the files and writing the
 * data: a rebuild that read the files before the saves cannot have seen them, so only the one
 * more rebuild the plugin owes them can put them in the data.
 */
describe('saves that come while a rebuild runs', () => {
	const { root, articles, out } = copyOfArticles('atlas-dev-gather-');
	const file = join(articles, 'chile-palestine.txt');
	const results: { ok: boolean; chile: string }[] = [];
	let builds = 0;
	let read = false;
	let release = () => {};
	let held = new Promise<void>((done) => (release = done));
	/** build-data itself, in this process, held after reading until the test releases it. */
	const build: BuildFunction = async (args) => {
		builds++;
		const prepared = prepareData(args);
		read = true;
		await held;
		const { code, stdout, stderr } = prepared.publish();
		return { code, output: stdout + stderr };
	};
	let server: ViteDevServer;
	/** Every watcher event about the Chile article, as the plugin saw them. */
	const events: number[] = [];

	beforeAll(async () => {
		server = await startRebuildServer(
			{
				watch: join(root, 'data'),
				args: ['--articles', articles, '--out', out],
				build,
				// What each rebuild wrote, read at once, before the next rebuild can run.
				onrebuilt: ({ ok }) => results.push({ ok, chile: chileRecognition(out) })
			},
			articles
		);
		server.watcher.on('all', (_, path) => path === file && events.push(performance.now()));
	}, 60_000);

	afterAll(async () => {
		await server?.close();
		rmSync(root, { recursive: true, force: true });
	});

	/** Saves the Chile article and waits until the plugin has heard of it and its pause is over. */
	async function save(day: number) {
		const seen = events.length;
		writeFileSync(file, chile(day));
		await until(() => events.length > seen, 'the save seen');
		// The plugin heard it first (its listener came first) and set its 30 ms pause then.
		await sleep(100);
	}

	it('run exactly one more rebuild after it, which has the last save', async () => {
		await save(7);
		await until(() => read, 'the first rebuild reading the files');
		expect(builds).toBe(1);
		await save(8);
		await save(9);
		await save(10);
		// Any late event of those saves comes still during the first rebuild: 300 ms without one.
		await until(() => performance.now() - events.at(-1)! > 300, 'the watcher quiet');
		expect(builds, 'no rebuild starts while one runs').toBe(1);

		held = Promise.resolve();
		release();
		await until(() => results.length >= 2, 'the rebuild after the saves', 20_000);
		await sleep(500); // time for any more rebuilds to start
		expect(builds).toBe(2);
		expect(results).toHaveLength(2);
		// The first rebuild read the files before the saves: it wrote the first text only.
		expect(results[0]).toEqual({ ok: true, chile: expect.stringContaining('on 7 January 2011') });
		expect(results[1]).toEqual({ ok: true, chile: expect.stringContaining('on 10 January 2011') });
		expect(chileRecognition(out)).toContain(
			'Chile recognised the State of Palestine on 10 January 2011.'
		);
	});
});
