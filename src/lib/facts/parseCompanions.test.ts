import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMissions } from './parseMissions';
import { parseSources } from './parseSources';
import { parseStatehood } from './parseStatehood';

const TODAY = new Date('2026-12-01T12:00:00Z');
const TAGS = new Set(['WPR', 'WD 2022-11', 'PAL-DK rule', 'THOUGHTCO']);
const read = (file: string) => readFileSync(file, 'utf8');
const count = (values: string[]) =>
	values.reduce<Record<string, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {});

describe('the companion tables in data/', () => {
	const sources = parseSources(read('data/sources.csv'), 'data/sources.csv');
	const known = new Set(Object.keys(sources.sources));
	const statehood = parseStatehood(read('data/statehood.csv'), 'data/statehood.csv', known, TODAY);
	const to = parseMissions(
		read('data/missions-to-palestine.csv'),
		'data/missions-to-palestine.csv',
		'missionToPalestine',
		known,
		TODAY
	);
	const of = parseMissions(
		read('data/palestine-missions.csv'),
		'data/palestine-missions.csv',
		'palestinianMission',
		known,
		TODAY
	);

	it('read without a problem', () => {
		expect([...sources.problems, ...statehood.problems, ...to.problems, ...of.problems]).toEqual(
			[]
		);
		expect(Object.keys(sources.sources)).toHaveLength(154);
	});

	it('match the counts in data/MISSIONS-AND-STATEHOOD.md', () => {
		expect(count(to.rows.map((r) => r.value))).toEqual({
			resident: 46,
			'non-resident': 25,
			unknown: 126
		});
		expect(count(of.rows.map((r) => r.value))).toEqual({
			embassy: 89,
			other: 11,
			none: 22,
			unknown: 75
		});
		expect(of.rows.filter((r) => r.city)).toHaveLength(94);
		expect(statehood.rows).toHaveLength(33);
		expect(
			statehood.rows
				.filter((r) => r.continuous)
				.map((r) => r.iso3)
				.sort()
		).toEqual(['BLR', 'CZE', 'DEU', 'NAM', 'RUS', 'SRB', 'SVK', 'UKR', 'YEM']);
	});

	it('settle South Korea as covered from Tokyo', () => {
		expect(of.rows.find((r) => r.iso3 === 'KOR')).toMatchObject({ value: 'none', city: 'Tokyo' });
	});
});

describe('parseStatehood', () => {
	const HEADER = 'iso3,name,state_since,predecessor,continuous,note,source';
	const parse = (...rows: string[]) =>
		parseStatehood([HEADER, ...rows].join('\n'), 'data/statehood.csv', TAGS, TODAY);

	it('reads a row', () => {
		expect(parse('KAZ,Kazakhstan,1991-12-16,the Soviet Union,no,,WPR').rows).toEqual([
			{
				iso3: 'KAZ',
				name: 'Kazakhstan',
				since: '1991-12-16',
				predecessor: 'the Soviet Union',
				continuous: false,
				cite: 'WPR',
				line: 2
			}
		]);
	});

	it('reports every bad row in one run, at its line, with a hint', () => {
		const { rows, problems } = parse(
			'KAZ,Kazakhstan,1991-12-16,the Soviet Union,no,,WPR',
			'kaz,Kazakhstan,1991-12-16,the Soviet Union,no,,WPR',
			'KAZ,Kazakhstan,1991-12-16,the Soviet Union,no,,WPR',
			'HRV,Croatia,1991-02-30,Yugoslavia,no,,WPR',
			'SVN,Slovenia,1987-06-25,Yugoslavia,no,,WPR',
			'RUS,Russia,1991-12-26,the Soviet Union,Yes,,WPR',
			'UKR,Ukraine,1991-08-24,the Soviet Union,yes,,WRP; THOUGHTCO',
			'ERI,Eritrea,1993-05-24,,no,,'
		);
		expect(rows.map((r) => r.iso3)).toEqual(['KAZ']);
		const at = (line: number) =>
			problems.filter((p) => p.line === line).map((p) => `${p.message} | ${p.hint}`);
		expect(at(3)).toEqual([expect.stringMatching(/unknown ISO.*"kaz".*did you mean KAZ\?/)]);
		expect(at(4)).toEqual([expect.stringMatching(/duplicate row for KAZ.*line 2/)]);
		expect(at(5)).toEqual([expect.stringMatching(/no 30 February 1991/)]);
		expect(at(6)).toEqual([expect.stringMatching(/not after 1988-11-15/)]);
		expect(at(7)).toEqual([expect.stringMatching(/continuous is "Yes".*lower case: yes/)]);
		expect(at(8)).toEqual([
			expect.stringMatching(/unknown source tag "WRP".*did you mean "WPR"\?/)
		]);
		expect(at(9)).toHaveLength(2);
		expect(problems.every((p) => p.severity === 'error' && p.file === 'data/statehood.csv')).toBe(
			true
		);
	});
});

describe('parseMissions', () => {
	const HEADER = 'iso3,name,mission_to_palestine,city,mission_name,as_of,source,note';
	const parse = (...rows: string[]) =>
		parseMissions(
			[HEADER, ...rows].join('\n'),
			'data/missions-to-palestine.csv',
			'missionToPalestine',
			TAGS,
			TODAY
		);

	it('reads rows, "undated" as no date', () => {
		expect(
			parse(
				'FRA,France,resident,Jerusalem,Consulate General,2024,WD 2022-11,',
				'AGO,Angola,non-resident,Cairo,"Embassy of Angola, Cairo",undated,WD 2022-11,a note',
				'AFG,Afghanistan,unknown,,,,,no source found'
			).rows.map((r) => [r.iso3, r.value, r.city, r.missionName, r.asOf, r.note])
		).toEqual([
			['FRA', 'resident', 'Jerusalem', 'Consulate General', '2024', ''],
			['AGO', 'non-resident', 'Cairo', 'Embassy of Angola, Cairo', '', 'a note'],
			['AFG', 'unknown', '', '', '', 'no source found']
		]);
	});

	it('reports bad values, dates, sources and cell counts at their lines', () => {
		const { rows, problems } = parse(
			'FRA,France,embassy,Jerusalem,,2024,WD 2022-11,',
			'DEU,Germany,resident,Ramallah,,2027-01,WD 2022-11,',
			'ITA,Italy,resident,Jerusalem,,2024,,',
			'ESP,Spain,resident,Jerusalem,,2024,Wikidata,',
			'PRT,Portugal,resident,Ramallah,2024,WD 2022-11,'
		);
		expect(rows).toEqual([]);
		expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
			'2: mission_to_palestine is "embassy"; expected resident, non-resident, none, unknown',
			'3: as_of "2027-01" is in the future',
			'4: mission_to_palestine is resident but the source cell is empty',
			'5: unknown source tag "Wikidata"',
			'6: the row has 7 cells but the header has 8 columns'
		]);
	});

	it('rejects a header without the value column', () => {
		const { problems } = parseMissions(
			'iso3,name,city\nFRA,France,Paris\n',
			'data/palestine-missions.csv',
			'palestinianMission',
			TAGS
		);
		expect(problems[0]).toMatchObject({
			line: 1,
			message: expect.stringContaining('palestine_mission_in_country')
		});
	});
});

describe('parseSources', () => {
	it('reads tags and reports empty, repeated and bad cells at their lines', () => {
		const { sources, problems } = parseSources(
			[
				'tag,title,url,publisher,date',
				'WPR,World Population Review,https://worldpopulationreview.com/,WPR,accessed 2026-03',
				'AJ,Al Jazeera list,,Al Jazeera,2024',
				'WPR,Again,,x,',
				',No tag,,x,',
				'BAD,Bad url,ftp://x,x,'
			].join('\n'),
			'data/sources.csv'
		);
		expect(Object.keys(sources)).toEqual(['WPR', 'AJ']);
		expect(sources.AJ).toEqual({
			tag: 'AJ',
			title: 'Al Jazeera list',
			publisher: 'Al Jazeera',
			date: '2024'
		});
		expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
			'4: the tag "WPR" is defined twice',
			'5: the tag cell is empty',
			'6: the url "ftp://x" is not a web address'
		]);
	});
});
