import { execFile } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isUnMember } from '../src/lib/countries/isUnMember';
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

/** A fresh folder holding the given article files. */
function articlesDir(files: Record<string, string | Uint8Array>): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-articles-'));
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	return dir;
}

const article = (country: string, lead: string) =>
	`= ${country}–Palestine relations =\n\n${lead}\n\n==History==\nSome history.\n`;

describe('npm run build:data', () => {
	it('builds the five bundled articles into the published JSON', async () => {
		const dir = articlesDir({});
		for (const f of readdirSync('data/articles'))
			copyFileSync(join('data/articles', f), join(dir, f));
		const out = join(dir, 'out.json');
		const { code, output } = await buildData('--articles', dir, '--facts', 'none', '--out', out);
		expect(code, output).toBe(0);
		const data = JSON.parse(readFileSync(out, 'utf8')) as AtlasData;
		const rows = Object.fromEntries(
			data.countries.map((c) => [
				c.iso3,
				[
					c.attributes.recognizesIsrael.value,
					c.attributes.recognizesPalestine.value,
					c.attributes.recognizesPalestine.date ?? null,
					c.attributes.palestinianMission.value,
					c.attributes.palestinianMission.city ?? null,
					c.attributes.missionToPalestine.value,
					c.attributes.missionToPalestine.city ?? null
				]
			])
		);
		expect(rows).toEqual({
			AFG: ['unknown', 'yes', '1988-11-16', 'unknown', null, 'unknown', null],
			BGD: ['no', 'yes', null, 'embassy', 'Dhaka', 'non-resident', 'Amman'],
			BHR: ['yes', 'yes', null, 'embassy', 'Manama', 'none', null],
			MYS: ['no', 'yes', null, 'embassy', 'Kuala Lumpur', 'non-resident', 'Cairo'],
			PAK: ['no', 'yes', '1988-11-16', 'embassy', 'Islamabad', 'unknown', null]
		});
		for (const c of data.countries) {
			for (const a of Object.values(c.attributes)) {
				if (a.value !== 'unknown') expect(a.evidence, `${c.iso3} ${a.value}`).toBeTruthy();
			}
		}
		expect(output).toMatch(/^PAK Pakistan: recognizesIsrael=no/m);
		expect(output).toContain('5 articles');
	});

	it('reports every bad file in one run, with file:line and a hint, and writes nothing', async () => {
		const dir = articlesDir({
			'atlantis.txt': article('Atlantis', 'Atlantis and Palestine are friends.'),
			'empty.txt': '',
			'latin1.txt': new Uint8Array([
				...Buffer.from('= Peru–Palestine relations =\n\nLima and Ramallah.\nCaf'),
				0xe9,
				0x0a
			]),
			'colon.txt':
				'= Chile–Palestine relations =\n\nInfobox\n- Mission1: Embassy of Chile, Ramallah\n- Envoy1 Someone\n\nChile and Palestine.\n',
			'pakistan-1.txt': article('Pakistan', 'Pakistan and Palestine.'),
			'pakistan-2.txt': '= Palestine–Pakistan relations =\n\nPalestine and Pakistan.\n'
		});
		const out = join(dir, 'out.json');
		const { code, output } = await buildData('--articles', dir, '--facts', 'none', '--out', out);
		expect(code).toBe(1);
		expect(existsSync(out)).toBe(false);
		expect(output).toMatch(/atlantis\.txt:1: error: .*Atlantis/);
		expect(output).toMatch(/empty\.txt:1: error: /);
		expect(output).toMatch(/latin1\.txt:4: error: not valid UTF-8/);
		expect(output).toMatch(/colon\.txt:5: error: /);
		expect(output).toMatch(/pakistan-2\.txt:1: error: a second article about Pakistan \(PAK\)/);
		expect(output).toMatch(/hint: rename or remove one of .*pakistan-1\.txt, .*pakistan-2\.txt/);
		expect(output).toContain('nothing written');
		expect(output).not.toMatch(/^\s+at /m);
	});

	it('suggests a country for a misspelt name', async () => {
		const dir = articlesDir({ 'x.txt': article('Pakistn', 'Pakistn and Palestine.') });
		const { code, output } = await buildData(
			'--articles',
			dir,
			'--facts',
			'none',
			'--out',
			join(dir, 'o.json')
		);
		expect(code).toBe(1);
		expect(output).toMatch(/x\.txt:1: error: .*\n\s+hint: did you mean .*Pakistan/);
	});

	it('does not silently skip a file that is not an article', async () => {
		const dir = articlesDir({
			'peru.txt': article('Peru', 'Peru and Palestine.'),
			'notes.md': 'x'
		});
		const out = join(dir, 'o.json');
		const { code, output } = await buildData('--articles', dir, '--facts', 'none', '--out', out);
		expect(code, output).toBe(0);
		expect(output).toMatch(/notes\.md:1: warning: not read/);
		expect(
			JSON.parse(readFileSync(out, 'utf8')).countries.map((c: { iso3: string }) => c.iso3)
		).toEqual(['PER']);
	});

	it('fills every UN member from the facts table, with the table as source', async () => {
		const dir = articlesDir({});
		for (const f of readdirSync('data/articles'))
			copyFileSync(join('data/articles', f), join(dir, f));
		const out = join(dir, 'out.json');
		const { code, output } = await buildData('--articles', dir, '--out', out);
		expect(code, output).toBe(0);
		const data = JSON.parse(readFileSync(out, 'utf8')) as AtlasData;
		const members = data.countries.filter((c) => isUnMember(c.iso3));
		expect(members).toHaveLength(193);
		for (const c of members) {
			expect(c.attributes.recognizesPalestine.value, c.iso3).toMatch(/^(yes|no)$/);
			expect(c.attributes.recognizesIsrael.value, c.iso3).toMatch(/^(yes|no)$/);
		}
		const count = (id: 'recognizesPalestine' | 'recognizesIsrael', value: string) =>
			members.filter((c) => c.attributes[id].value === value).length;
		expect(count('recognizesPalestine', 'yes')).toBe(158);
		expect(count('recognizesIsrael', 'no')).toBe(28);
		const austria = data.countries.find((c) => c.iso3 === 'AUT')!;
		expect(austria.article).toBeNull();
		expect(austria.attributes.recognizesPalestine).toMatchObject({
			value: 'no',
			source: 'facts',
			asOf: '2026-03'
		});
		expect(austria.attributes.recognizesPalestine.cite).toContain('AFP/Gulf News 2024-05-22');
		expect(austria.aliases).toContain('Republic of Austria');
	});

	it('lets the facts table win a conflict, warns naming both sources, and keeps both values', async () => {
		const dir = articlesDir({
			'peru.txt':
				'= Peru–Palestine relations =\n\nPeru recognised the State of Palestine on 24 January 2011.\nPeru does not recognise Israel.\n'
		});
		const facts = join(dir, 'facts.csv');
		writeFileSync(
			facts,
			'iso3,name,recognizes_palestine,palestine_recognition_date,recognizes_israel,israel_relations_note,palestine_mission_in_country,source\n' +
				'PER,Peru,yes,2011-01-24,yes,,embassy,Palestine: P1 | Israel: I1 | mission: M1\n'
		);
		const out = join(dir, 'out.json');
		const { code, output } = await buildData('--articles', dir, '--facts', facts, '--out', out);
		expect(code, output).toBe(0);
		expect(output).toMatch(/peru\.txt:4: warning: .*recognizesIsrael.*facts\.csv:2/);
		const peru = (JSON.parse(readFileSync(out, 'utf8')) as AtlasData).countries[0]!;
		expect(peru.attributes.recognizesIsrael).toMatchObject({
			value: 'yes',
			source: 'facts',
			cite: 'I1',
			conflict: { value: 'no', source: 'text', evidence: 'Peru does not recognise Israel.' }
		});
	});

	it('rejects bad facts rows with file:line errors and writes nothing', async () => {
		const dir = articlesDir({ 'peru.txt': article('Peru', 'Peru and Palestine.') });
		const facts = join(dir, 'facts.csv');
		writeFileSync(
			facts,
			'iso3,name,recognizes_palestine,palestine_recognition_date,recognizes_israel,israel_relations_note,palestine_mission_in_country,source\n' +
				'PER,Peru,yes,2011-01-24,yes,,embassy,Palestine: P1 | Israel: I1\n' +
				'ZZZ,Nowhere,yes,2011-01-24,yes,,embassy,Palestine: P1 | Israel: I1\n' +
				'CHL,Chile,yes,2011-13-07,maybe,,embassy,Palestine: P1 | Israel: I1\n' +
				'PER,Peru,yes,2011-01-24,yes,,embassy,Palestine: P1 | Israel: I1\n'
		);
		const out = join(dir, 'out.json');
		const { code, output } = await buildData('--articles', dir, '--facts', facts, '--out', out);
		expect(code).toBe(1);
		expect(existsSync(out)).toBe(false);
		expect(output).toMatch(/facts\.csv:3: error: .*ZZZ/);
		expect(output).toMatch(/facts\.csv:4: error: .*2011-13-07/);
		expect(output).toMatch(/facts\.csv:4: error: .*maybe/);
		expect(output).toMatch(/facts\.csv:5: error: .*\n\s+hint: .*line 2/);
	});

	it('rejects an unknown flag with the usage line', async () => {
		const { code, output } = await buildData('--artcles', 'x');
		expect(code).toBe(2);
		expect(output).toMatch(/usage: npm run build:data/);
	});
});
