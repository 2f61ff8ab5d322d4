import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '../src/lib/types';
import { isDataFile, startRebuildServer, type RebuildResult } from './rebuildDataOnSave';

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

/** A Vite dev server with only this plugin, watching a copy of the articles. */
describe('rebuildDataOnSave in a Vite dev server', () => {
	const root = mkdtempSync(join(tmpdir(), 'atlas-dev-data-'));
	const articles = join(root, 'data', 'articles');
	const out = join(root, 'countries.json');
	const results: RebuildResult[] = [];
	let server: ViteDevServer;

	/** Resolves with the next rebuild's result. */
	function nextRebuild(): Promise<RebuildResult> {
		const seen = results.length;
		return new Promise((done, fail) => {
			const started = Date.now();
			const poll = setInterval(() => {
				if (results.length > seen) done(results[results.length - 1]!);
				else if (Date.now() - started > 50_000) fail(new Error('no rebuild within 50 s'));
				else return;
				clearInterval(poll);
			}, 20);
		});
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
});
