/* build-data in this process: reading and building apart from writing (the command line's own
   behaviour is tested through it in build-data.test.ts). */
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '../src/lib/types';
import { buildData, prepareData } from './buildData';

describe('prepareData', () => {
	const root = mkdtempSync(join(tmpdir(), 'atlas-prepare-'));
	const articles = join(root, 'articles');
	cpSync('data/articles', articles, { recursive: true });
	const out = join(root, 'countries.json');
	const args = ['--articles', articles, '--out', out];
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('reads the files when called and writes them only on publish, once', () => {
		const prepared = prepareData(args);
		// A save after the reading is not in this build.
		writeFileSync(
			join(articles, 'chile-palestine.txt'),
			'= Chile–Palestine relations =\n\nChile recognised the State of Palestine on 7 January 2011.\n'
		);
		expect(existsSync(out)).toBe(false);
		const report = prepared.publish();
		expect(report.code, report.stderr).toBe(0);
		expect(report.stdout).toMatch(/^5 articles, 5 countries with an article, .*\nwrote /m);
		const data = JSON.parse(readFileSync(out, 'utf8')) as AtlasData;
		expect(data.countries.find((c) => c.iso3 === 'CHL')?.article).toBeNull();
		const written = statSync(out).mtimeMs;
		expect(prepared.publish()).toBe(report);
		expect(statSync(out).mtimeMs).toBe(written);
		expect(buildData(args).stdout).toMatch(/^6 articles, 6 countries with an article/m);
	});

	it('publishes nothing when a file has an error, and says where', () => {
		const before = readFileSync(out, 'utf8');
		writeFileSync(join(articles, 'atlantis-palestine.txt'), '= Atlantis–Palestine relations =\n');
		const report = prepareData(args).publish();
		rmSync(join(articles, 'atlantis-palestine.txt'));
		expect(report.code).toBe(1);
		expect(report.stdout).toMatch(/atlantis-palestine\.txt:1: error: .*Atlantis/);
		expect(report.stderr).toMatch(/build-data: nothing written; fix the errors above/);
		expect(readFileSync(out, 'utf8')).toBe(before);
	});

	it('answers bad flags with the usage line and exit status 2', () => {
		const report = prepareData(['--bogus']).publish();
		expect(report).toEqual({
			code: 2,
			stdout: '',
			stderr: expect.stringMatching(
				/^build-data: Unknown option '--bogus'.*\nusage: npm run build:data/s
			)
		});
	});
});
