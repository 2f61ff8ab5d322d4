/* The groupings through the real command line: published groups, and bad grouping files. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { AtlasData } from '../src/lib/types';

const run = promisify(execFile);

/** Runs the real command line; resolves with its exit code and output instead of throwing. */
async function buildData(...args: string[]) {
	try {
		const { stdout, stderr } = await run('npm', ['run', '--silent', 'build:data', '--', ...args]);
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, output: e.stdout + e.stderr };
	}
}

/** A fresh folder holding the given files. */
function folder(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-groups-'));
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	return dir;
}

describe('npm run build:data: groupings', () => {
	it('publishes the M49 regions and the blocs, and each country’s groups', async () => {
		const out = join(folder({}), 'out.json');
		const { code, output } = await buildData('--out', out);
		expect(code, output).toBe(0);
		const data = JSON.parse(readFileSync(out, 'utf8')) as AtlasData;
		const ids = data.groups.map((g) => g.id);
		expect(ids.slice(0, 5)).toEqual(['africa', 'americas', 'asia', 'europe', 'oceania']);
		expect(ids).toEqual(expect.arrayContaining(['western-asia', 'arab-league', 'un-weog']));
		const arab = data.groups.find((g) => g.id === 'arab-league')!;
		expect(arab.size).toBe(21);
		expect(arab.members.map((m) => m.iso3)).toContain('PSE');
		expect(arab.source.url).toMatch(/^https?:\/\//);
		const syria = data.countries.find((c) => c.iso3 === 'SYR')!;
		expect(syria.groups).toEqual({
			region: 'asia',
			subregion: 'western-asia',
			intermediate: null,
			blocs: ['arab-league', 'oic', 'nam', 'un-asia-pacific']
		});
		expect(data.countries.every((c) => c.groups?.region)).toBe(true);
	});

	it('reports bad rows of both grouping files in one run, with file:line and a hint, and writes nothing', async () => {
		const dir = folder({
			'groups.csv':
				'id,name,kind,source_title,source_url,as_of,note\ngcc,GCC,bloc,GCC site,https://www.gcc-sg.org/en/,2025-10,\nasia,Asia again,bloc,x,,2025-13,\n',
			'members.csv':
				'group,iso3,name,status,since,until,note\ngcc,SAU,Saudi Arabia,member,1981,,\ngcc,QTR,Qatar,member,1981,,\ngcc,SAU,Saudi Arabia,member,1990,,\ngc,KWT,Kuwait,member,1981,,\n'
		});
		const out = join(dir, 'out.json');
		const { code, output } = await buildData(
			'--facts',
			'none',
			'--groups',
			join(dir, 'groups.csv'),
			'--members',
			join(dir, 'members.csv'),
			'--out',
			out
		);
		expect(code).toBe(1);
		expect(existsSync(out)).toBe(false);
		expect(output).toMatch(/groups\.csv:3: error: the id "asia" is an M49 region's id/);
		expect(output).toMatch(/groups\.csv:3: error: as_of "2025-13" has no month 13/);
		expect(output).toMatch(/members\.csv:3: error: unknown ISO 3166-1 alpha-3 code "QTR"/);
		expect(output).toMatch(/hint: did you mean QAT\?/);
		expect(output).toMatch(/members\.csv:4: error: SAU in gcc overlaps the row on line 2/);
		expect(output).toMatch(/members\.csv:5: error: unknown group "gc"\s+hint: did you mean gcc\?/);
		expect(output).toContain('nothing written');
	});

	it('names a missing members file, and --groups none builds the M49 regions only', async () => {
		const dir = folder({});
		const missing = await buildData(
			'--facts',
			'none',
			'--members',
			join(dir, 'nope.csv'),
			'--out',
			join(dir, 'a.json')
		);
		expect(missing.code).toBe(1);
		expect(missing.output).toMatch(/nope\.csv: error: cannot be used: it does not exist/);
		const out = join(dir, 'b.json');
		const none = await buildData('--facts', 'none', '--groups', 'none', '--out', out);
		expect(none.code, none.output).toBe(0);
		const kinds = new Set(
			(JSON.parse(readFileSync(out, 'utf8')) as AtlasData).groups.map((g) => g.kind)
		);
		// the five bundled articles are all Asian states: no intermediate region holds one
		expect(kinds).toEqual(new Set(['region', 'subregion']));
	});
});
