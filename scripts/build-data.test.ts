import { execFile, execFileSync } from 'node:child_process';
import {
	chmodSync,
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isUnMember } from '../src/lib/countries/isUnMember';
import type { AtlasData } from '../src/lib/types';

const run = promisify(execFile);

/**
 * Runs the real command line (what `npm run build:data` runs, without npm's start-up); resolves
 * with its exit code and output instead of throwing.
 */
async function buildData(...args: string[]) {
	try {
		const { stdout, stderr } = await run(
			process.execPath,
			['scripts/run-bundled.mjs', 'scripts/build-data.ts', ...args],
			{ timeout: 60_000 }
		);
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, output: e.stdout + e.stderr };
	}
}

/** The command on a folder of articles and a facts table (none by default), writing to `out`. */
const buildFrom = (dir: string, { facts = 'none', out = join(dir, 'o.json') } = {}) =>
	buildData('--articles', dir, '--facts', facts, '--out', out);

/** The bundled facts table with some rows replaced (by iso3) and some removed. */
function factsTable(replace: Record<string, string | null> = {}): {
	text: string;
	lineOf: (iso3: string) => number;
} {
	const lines = readFileSync('data/facts.csv', 'utf8').split('\n');
	const kept = lines
		.map((line) => {
			const iso3 = line.slice(0, 3);
			return iso3 in replace ? replace[iso3] : line;
		})
		.filter((line): line is string => line !== null);
	return {
		text: kept.join('\n'),
		lineOf: (iso3) => kept.findIndex((line) => line.startsWith(`${iso3},`)) + 1
	};
}

/** A fresh folder holding the given article files. */
function articlesDir(files: Record<string, string | Uint8Array>): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-articles-'));
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	return dir;
}

const article = (country: string, lead: string) =>
	`= ${country}–Palestine relations =\n\n${lead}\n\n==History==\nSome history.\n`;

describe.concurrent('npm run build:data', () => {
	it('builds the five bundled articles into the published JSON', async () => {
		const dir = articlesDir({});
		for (const f of readdirSync('data/articles'))
			copyFileSync(join('data/articles', f), join(dir, f));
		const out = join(dir, 'out.json');
		const { code, output } = await buildFrom(dir, { out });
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
		const { code, output } = await buildFrom(dir, { out });
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
		const { code, output } = await buildFrom(dir);
		expect(code).toBe(1);
		expect(output).toMatch(/x\.txt:1: error: .*\n\s+hint: did you mean .*Pakistan/);
	});

	it('does not silently skip a file that is not an article', async () => {
		const dir = articlesDir({
			'peru.txt': article('Peru', 'Peru and Palestine.'),
			'notes.md': 'x'
		});
		const out = join(dir, 'o.json');
		const { code, output } = await buildFrom(dir, { out });
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
		const table = factsTable({
			PER: 'PER,Peru,yes,2011-01-24,yes,,embassy,Palestine: P1 | Israel: I1 | mission: M1,2026-03'
		});
		writeFileSync(facts, table.text);
		const out = join(dir, 'out.json');
		const { code, output } = await buildData(
			'--articles',
			dir,
			'--facts',
			facts,
			'--tables',
			'none',
			'--out',
			out
		);
		expect(code, output).toBe(0);
		expect(output).toMatch(
			new RegExp(`peru\\.txt:4: warning: .*recognizesIsrael.*facts\\.csv:${table.lineOf('PER')}`)
		);
		const peru = (JSON.parse(readFileSync(out, 'utf8')) as AtlasData).countries.find(
			(c) => c.iso3 === 'PER'
		)!;
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
		const { code, output } = await buildFrom(dir, { facts, out });
		expect(code).toBe(1);
		expect(existsSync(out)).toBe(false);
		expect(output).toMatch(/facts\.csv:3: error: .*ZZZ/);
		expect(output).toMatch(/facts\.csv:4: error: .*2011-13-07/);
		expect(output).toMatch(/facts\.csv:4: error: .*maybe/);
		expect(output).toMatch(/facts\.csv:5: error: .*\n\s+hint: .*line 2/);
	});

	it('merges the companion tables: counts of each value, cities, statehood and sources', async () => {
		const dir = articlesDir({});
		for (const f of readdirSync('data/articles'))
			copyFileSync(join('data/articles', f), join(dir, f));
		const out = join(dir, 'out.json');
		const { code, output } = await buildData('--articles', dir, '--out', out);
		expect(code, output).toBe(0);
		const data = JSON.parse(readFileSync(out, 'utf8')) as AtlasData;
		const count = (id: 'missionToPalestine' | 'palestinianMission') =>
			data.countries.reduce<Record<string, number>>((acc, c) => {
				const value = c.attributes[id].value;
				acc[value] = (acc[value] ?? 0) + 1;
				return acc;
			}, {});
		// The table's 46 / 25 / 126; Bahrain's article says "none" where the table has no source.
		expect(count('missionToPalestine')).toEqual({
			resident: 46,
			'non-resident': 25,
			none: 1,
			unknown: 125
		});
		expect(count('palestinianMission')).toEqual({ embassy: 89, other: 11, none: 22, unknown: 75 });
		const of = (iso3: string) => data.countries.find((c) => c.iso3 === iso3)!;
		expect(of('FRA').attributes.missionToPalestine).toMatchObject({
			value: 'resident',
			city: 'Jerusalem',
			file: 'data/missions-to-palestine.csv',
			cite: 'WP-CG-JLM; WD 2022-11; FALESTINONA'
		});
		expect(of('KOR').attributes.palestinianMission).toMatchObject({ value: 'none', city: 'Tokyo' });
		expect(of('RUS').statehood).toMatchObject({ since: '1991-12-26', continuous: true });
		expect(of('KAZ').statehood).toMatchObject({ since: '1991-12-16', continuous: false });
		expect(data.countries.filter((c) => c.statehood)).toHaveLength(33);
		expect(Object.keys(data.sources ?? {})).toHaveLength(154);
		expect(data.sources?.['WP-PS']).toMatchObject({
			url: 'https://en.wikipedia.org/wiki/International_recognition_of_the_State_of_Palestine'
		});
	});

	it('rejects bad rows of every companion table in one run, and writes nothing', async () => {
		const dir = articlesDir({});
		for (const f of [
			'sources.csv',
			'statehood.csv',
			'missions-to-palestine.csv',
			'palestine-missions.csv'
		])
			copyFileSync(join('data', f), join(dir, f));
		const append = (file: string, line: string) =>
			writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + line + '\n');
		append('sources.csv', 'WPR,Duplicate,,x,');
		append('statehood.csv', 'ZZZ,Nowhere,1991-02-30,Atlantis,maybe,,NOPE');
		append('missions-to-palestine.csv', 'FRA,France,embassy,Paris,,2024,WPR,');
		append('palestine-missions.csv', 'FRA,France,embassy,Paris,,2024,WPR,');
		const out = join(dir, 'out.json');
		const { code, output } = await buildData('--articles', dir, '--tables', dir, '--out', out);
		expect(code).toBe(1);
		expect(existsSync(out)).toBe(false);
		expect(output).toMatch(/sources\.csv:156: error: the tag "WPR" is defined twice/);
		expect(output).toMatch(/statehood\.csv:35: error: unknown ISO 3166-1 alpha-3 code "ZZZ"/);
		expect(output).toMatch(/statehood\.csv:35: error: state_since "1991-02-30"/);
		expect(output).toMatch(/statehood\.csv:35: error: continuous is "maybe"/);
		expect(output).toMatch(/statehood\.csv:35: error: unknown source tag "NOPE"\n\s+hint: /);
		expect(output).toMatch(/missions-to-palestine\.csv:199: error: .*"embassy"/);
		expect(output).toMatch(
			/palestine-missions\.csv:199: error: duplicate row for FRA.*\n\s+hint: .*line 60/
		);
		expect(output).toMatch(/nothing written/);
	});

	it('rejects an unknown flag with the usage line', async () => {
		const { code, output } = await buildData('--artcles', 'x');
		expect(code).toBe(2);
		expect(output).toMatch(/usage: npm run build:data/);
	});

	it('fails on a facts table that lost rows (header only), saying which, and writes nothing', async () => {
		const dir = articlesDir({ 'peru.txt': article('Peru', 'Peru and Palestine.') });
		const facts = join(dir, 'facts.csv');
		writeFileSync(facts, factsTable().text.split('\n')[0] + '\n');
		const out = join(dir, 'out.json');
		const { code, output } = await buildFrom(dir, { facts, out });
		expect(code).toBe(1);
		expect(existsSync(out)).toBe(false);
		expect(output).toMatch(
			/facts\.csv:1: error: the facts table has no valid row for 197 of the 197 states/
		);
		expect(output).toContain('nothing written');
	});

	it('fails on a facts table without one UN member, naming it', async () => {
		const dir = articlesDir({ 'peru.txt': article('Peru', 'Peru and Palestine.') });
		const facts = join(dir, 'facts.csv');
		writeFileSync(facts, factsTable({ AUT: null }).text);
		const { code, output } = await buildFrom(dir, { facts });
		expect(code).toBe(1);
		expect(output).toMatch(/facts\.csv:1: error: .*no valid row for 1 of the 197 states.*: AUT\n/);
	});

	it('warns when a facts name is not a name of its code', async () => {
		const dir = articlesDir({ 'peru.txt': article('Peru', 'Peru and Palestine.') });
		const facts = join(dir, 'facts.csv');
		const austria = factsTable()
			.text.split('\n')
			.find((l) => l.startsWith('AUT,'))!;
		const table = factsTable({
			AUT: austria.replace('AUT,Austria,', 'AUT,<img src=x onerror=alert(1)>Austria,')
		});
		writeFileSync(facts, table.text);
		const { code, output } = await buildFrom(dir, { facts });
		expect(code, output).toBe(0);
		expect(output).toContain(
			`facts.csv:${table.lineOf('AUT')}: warning: the name "<img src=x onerror=alert(1)>Austria" is not a known name of AUT (Austria)`
		);
	});

	it('reports a quote error in the facts table at the line of the quote', async () => {
		const dir = articlesDir({ 'peru.txt': article('Peru', 'Peru and Palestine.') });
		const facts = join(dir, 'facts.csv');
		const table = factsTable();
		const lines = table.text.split('\n');
		lines[10] = lines[10]!.replace(',', ',"');
		writeFileSync(facts, lines.join('\n'));
		const { code, output } = await buildFrom(dir, { facts });
		expect(code).toBe(1);
		expect(output).toMatch(/facts\.csv:11: error: the CSV cannot be read: .*Quote/);
		expect(output).not.toContain('no valid row');
	});

	it('publishes article files by name, not by the path they were read from', async () => {
		const dir = articlesDir({
			'peru.txt': article('Peru', 'Peru and Palestine.'),
			'notes.md': 'x'
		});
		const out = join(dir, 'out.json');
		const { code, output } = await buildData(
			'--articles',
			relative(process.cwd(), dir),
			'--facts',
			'none',
			'--out',
			out
		);
		expect(code, output).toBe(0);
		expect(output).toMatch(/^\.\.\/.*notes\.md:1: warning/m);
		const data = JSON.parse(readFileSync(out, 'utf8')) as AtlasData;
		expect(data.countries[0]!.article!.file).toBe('peru.txt');
		expect(data.problems.map((p) => p.file)).toEqual(['notes.md']);
		expect(readFileSync(out, 'utf8')).not.toContain(dir.split('/').pop()!);
	});

	it('fails on an article over the size limit, at its file, and writes nothing', async () => {
		const dir = articlesDir({
			'big.txt': article('Peru', 'Peru and Palestine. '.repeat(110_000)),
			'chile.txt': article('Chile', 'Chile and Palestine.')
		});
		const out = join(dir, 'out.json');
		const { code, output } = await buildFrom(dir, { out });
		expect(code).toBe(1);
		expect(existsSync(out)).toBe(false);
		expect(output).toMatch(
			/big\.txt:1: error: the file is 21\d\d KB; an article may be at most 1024 KB/
		);
		expect(output).toMatch(/^CHL Chile:/m);
	});

	it('reports every unusable path in one run, one line each, writes nothing, leaves nothing', async () => {
		const outside = articlesDir({ 'chile.txt': article('Chile', 'Chile and Palestine.') });
		const dir = articlesDir({
			'peru.txt': article('Peru', 'Peru and Palestine.'),
			'escape.txt': '= Atl\u001b[2Jantis\u0007–Palestine relations =\n\nText.\n'
		});
		mkdirSync(join(dir, 'folder.txt'));
		execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
		symlinkSync(join(outside, 'chile.txt'), join(dir, 'link.txt'));
		symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.txt'));
		symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt'));
		const outDir = mkdtempSync(join(tmpdir(), 'atlas-out-'));
		const { code, output } = await buildFrom(dir, { facts: outside, out: outDir });
		expect(code).toBe(1);
		const at = (name: string) => `${relative(process.cwd(), join(dir, name))}: error: `;
		expect(output).toContain(`${at('folder.txt')}not read: it is a folder;`);
		expect(output).toContain(`${at('fifo.txt')}not read: it is a FIFO (named pipe);`);
		expect(output).toContain(`${at('dangling.txt')}cannot be read: it does not exist`);
		expect(output).toContain(`${at('loop.txt')}cannot be read: a loop of symbolic links`);
		expect(output).toMatch(/^CHL Chile: .*\[link\.txt\]$/m);
		expect(output).toContain(
			`${relative(process.cwd(), outside)}: error: --facts names a folder, not a file\n  hint: give --facts`
		);
		expect(output).toContain(
			`${relative(process.cwd(), outDir)}: error: --out names a folder, not a file\n  hint: give --out`
		);
		expect(output).toContain('escape.txt:1: error: ');
		expect(output).toContain('Atl\\x1b[2Jantis\\x07');
		expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
		expect(output).not.toMatch(/^\s+at /m);
		expect(output).toContain('nothing written');
		for (const line of output.split('\n').filter((l) => l.includes(': error: ')))
			expect(line).toMatch(/^\S.*?(:\d+)?: error: \S/);
		expect(readdirSync(outDir)).toEqual([]);
		expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
	});

	it('follows a symbolic link to an article and publishes it under the link name', async () => {
		const outside = articlesDir({ 'chile.txt': article('Chile', 'Chile and Palestine.') });
		const dir = articlesDir({});
		symlinkSync(join(outside, 'chile.txt'), join(dir, 'chile-palestine.txt'));
		const out = join(dir, 'out.json');
		const { code, output } = await buildFrom(dir, { out });
		expect(code, output).toBe(0);
		const data = JSON.parse(readFileSync(out, 'utf8')) as AtlasData;
		expect(data.countries.map((c) => [c.iso3, c.article?.file])).toEqual([
			['CHL', 'chile-palestine.txt']
		]);
	});

	it('names --articles given a file, one line, exit 1', async () => {
		const dir = articlesDir({ 'peru.txt': article('Peru', 'Peru and Palestine.') });
		const file = join(dir, 'peru.txt');
		const { code, output } = await buildData(
			'--articles',
			file,
			'--facts',
			'none',
			'--out',
			join(dir, 'o.json')
		);
		expect(code).toBe(1);
		expect(output).toContain(
			`${relative(process.cwd(), file)}: error: --articles names a file, not a folder\n  hint: give --articles the folder`
		);
		expect(existsSync(join(dir, 'o.json'))).toBe(false);
	});

	it('refuses a device as --out and leaves it a device', async () => {
		const dir = articlesDir({ 'peru.txt': article('Peru', 'Peru and Palestine.') });
		// A private copy of /dev/full (character device 1,7) where the system allows one.
		let device = join(dir, 'full');
		try {
			execFileSync('mknod', [device, 'c', '1', '7'], { stdio: 'ignore' });
		} catch {
			device = '/dev/full';
		}
		const { code, output } = await buildFrom(dir, { out: device });
		expect(code).toBe(1);
		expect(output).toContain(`: error: --out names a character device, not a file`);
		expect(statSync(device).isCharacterDevice()).toBe(true);
		expect(readdirSync(dirname(device)).filter((f) => f.startsWith('full.tmp-'))).toEqual([]);
	});

	it.skipIf(process.getuid?.() === 0)(
		'names an unreadable article and goes on with the others',
		async () => {
			const dir = articlesDir({
				'peru.txt': article('Peru', 'Peru and Palestine.'),
				'chile.txt': article('Chile', 'Chile and Palestine.')
			});
			chmodSync(join(dir, 'peru.txt'), 0o000);
			const { code, output } = await buildFrom(dir);
			expect(code).toBe(1);
			expect(output).toMatch(
				/peru\.txt: error: cannot be read: permission denied\n\s+hint: make it readable/
			);
			expect(output).toMatch(/^CHL Chile:/m);
		}
	);
});
