import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { isUnMember } from '../countries/isUnMember';
import { parseFacts } from './parseFacts';

const FILE = 'data/facts.csv';
const TODAY = new Date('2026-03-15T12:00:00Z');
const HEADER =
	'iso3,name,recognizes_palestine,palestine_recognition_date,recognizes_israel,israel_relations_note,palestine_mission_in_country,source';
const GOOD =
	'BHR,Bahrain,yes,1988-11-15,yes,,embassy,Palestine: AJ-WAFA | Israel: WP-IL | mission: WD';

/** A facts file from a header and rows (LF ends). */
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

describe('parseFacts on the real data/facts.csv', () => {
	const { rows, problems } = parseFacts(readFileSync(FILE, 'utf8'), FILE, TODAY);
	const un = rows.filter((row) => isUnMember(row.iso3));
	const count = <T>(items: T[], pick: (item: T) => string) =>
		items.reduce<Record<string, number>>((acc, item) => {
			acc[pick(item)] = (acc[pick(item)] ?? 0) + 1;
			return acc;
		}, {});

	it('reads 197 rows without a problem', () => {
		expect(problems).toEqual([]);
		expect(rows).toHaveLength(197);
	});

	it('has every UN member (193), each with a known recognition of Palestine and Israel', () => {
		const members = countries.filter((c) => isUnMember(c.cca3)).map((c) => c.cca3);
		expect(members).toHaveLength(193);
		expect(un.map((row) => row.iso3).sort()).toEqual(members.sort());
		for (const row of un) {
			expect(['yes', 'no']).toContain(row.recognizesPalestine);
			expect(['yes', 'no']).toContain(row.recognizesIsrael);
		}
	});

	it('has the four non-members the README names', () => {
		expect(
			rows
				.filter((row) => !isUnMember(row.iso3))
				.map((row) => row.iso3)
				.sort()
		).toEqual(['ESH', 'TWN', 'VAT', 'XKX']);
	});

	it('matches the README counts', () => {
		expect(count(un, (row) => row.recognizesPalestine)).toEqual({ yes: 158, no: 35 });
		expect(count(un, (row) => row.recognizesIsrael)).toEqual({ yes: 165, no: 28 });
		expect(count(rows, (row) => row.palestinianMission)).toEqual({
			embassy: 89,
			other: 11,
			none: 22,
			unknown: 75
		});
		// "all 28 recognise Palestine"
		expect(un.filter((r) => r.recognizesIsrael === 'no' && r.recognizesPalestine === 'no')).toEqual(
			[]
		);
	});

	it('keeps the non-members as the README says', () => {
		const of = (iso3: string) => rows.find((row) => row.iso3 === iso3)!;
		expect([of('VAT').recognizesPalestine, of('VAT').recognizesIsrael]).toEqual(['yes', 'yes']);
		expect([of('ESH').recognizesPalestine, of('ESH').recognizesIsrael]).toEqual(['yes', 'no']);
		expect([of('XKX').recognizesPalestine, of('XKX').recognizesIsrael]).toEqual(['no', 'yes']);
		expect([of('TWN').recognizesPalestine, of('TWN').recognizesIsrael]).toEqual(['no', 'yes']);
	});

	it('gives the line, cells and date of each row (Bahrain is on line 19)', () => {
		expect(rows.find((row) => row.iso3 === 'BHR')).toEqual({
			iso3: 'BHR',
			name: 'Bahrain',
			recognizesPalestine: 'yes',
			palestineRecognitionDate: '1988-11-15',
			recognizesIsrael: 'yes',
			israelRelationsNote: 'normalised 2020 (Abraham Accords); envoys withdrawn 2023',
			palestinianMission: 'embassy',
			source:
				'Palestine: AJ-WAFA; WP-PS; IPS chronology 1988-11-15 | Israel: WP-IL 2024-06 + SINDOnews 2023-12 (list of 28); ruetir 2023-11 | mission: WD 2022-11; PAL-DK rule',
			asOf: '2026-03',
			line: 19
		});
		expect(rows.at(-1)).toMatchObject({ iso3: 'ESH', palestineRecognitionDate: '1988', line: 198 });
	});

	it('keeps the precision choices of the README', () => {
		const dateOf = (iso3: string) =>
			rows.find((row) => row.iso3 === iso3)?.palestineRecognitionDate;
		expect(dateOf('MLT')).toBe('2025-09-22');
		expect(dateOf('MEX')).toBe('2023-06');
		expect(dateOf('KEN')).toBe('1989');
		expect(dateOf('KHM')).toBe('1988-11');
		expect(dateOf('PNG')).toBe('1994');
	});
});

describe('parseFacts on good input', () => {
	it.each([
		['LF', csv(GOOD)],
		['CRLF and a BOM', '\uFEFF' + csv(GOOD).replace(/\n/g, '\r\n')],
		['blank lines and trailing spaces', `${HEADER}\n\n   \n${GOOD.replace(/,/g, ' ,')}  \n\n`],
		['no final newline', `${HEADER}\n${GOOD}`]
	])('reads a row with %s', (_, text) => {
		const { rows, problems } = parseFacts(text, 'f.csv', TODAY);
		expect(problems).toEqual([]);
		expect(rows).toMatchObject([
			{ iso3: 'BHR', recognizesPalestine: 'yes', palestineRecognitionDate: '1988-11-15' }
		]);
	});

	it('counts lines right after a quoted cell that spans lines', () => {
		const text = csv(
			'BHR,Bahrain,yes,1988,yes,"a,\nb",embassy,x',
			'',
			GOOD.replace('BHR,Bahrain', 'PAK,Pakistan')
		);
		const { rows, problems } = parseFacts(text, 'f.csv', TODAY);
		expect(problems).toEqual([]);
		expect(rows.map((r) => [r.iso3, r.line, r.israelRelationsNote])).toEqual([
			['BHR', 2, 'a,\nb'],
			['PAK', 5, '']
		]);
	});

	it('reads an as_of column and defaults empty cells to the table date', () => {
		const text = `${HEADER},as_of\n${GOOD},2025-11-02\n${GOOD.replace('BHR,Bahrain', 'PAK,Pakistan')},\n`;
		const { rows, problems } = parseFacts(text, 'f.csv', TODAY);
		expect(problems).toEqual([]);
		expect(rows.map((r) => r.asOf)).toEqual(['2025-11-02', '2026-03']);
	});

	it('accepts XKX for Kosovo, and any column order', () => {
		const text =
			'source,iso3,name,recognizes_palestine,palestine_recognition_date,recognizes_israel,israel_relations_note,palestine_mission_in_country\n"Palestine: none listed | Israel: WP-IL",XKX,Kosovo,no,,yes,,unknown\n';
		const { rows, problems } = parseFacts(text, 'f.csv', TODAY);
		expect(problems).toEqual([]);
		expect(rows).toMatchObject([
			{
				iso3: 'XKX',
				name: 'Kosovo',
				recognizesPalestine: 'no',
				source: 'Palestine: none listed | Israel: WP-IL'
			}
		]);
	});
});

describe('parseFacts on bad input', () => {
	const cases: [string, string, number, RegExp, RegExp | undefined][] = [
		[
			'an unknown ISO code',
			csv(GOOD, 'ATL,Atlantis,yes,1988,no,,unknown,x'),
			3,
			/unknown ISO 3166-1 alpha-3 code "ATL" \(Atlantis\)/,
			/alpha-3/
		],
		[
			'a lower-case ISO code',
			csv('bhr,Bahrain,yes,1988,yes,,embassy,x'),
			2,
			/unknown ISO .* "bhr"/,
			/did you mean BHR\?/
		],
		[
			'a code from the name',
			csv('BAH,Bahrain,yes,1988,yes,,embassy,x'),
			2,
			/"BAH"/,
			/did you mean BHR\?/
		],
		['Kosovo as UNK', csv('UNK,Kosovo,no,,yes,,unknown,x'), 2, /"UNK"/, /did you mean XKX\?/],
		['an empty ISO code', csv(',Bahrain,yes,1988,yes,,embassy,x'), 2, /iso3 cell is empty/, /BHR/],
		[
			'a duplicate row',
			csv(GOOD, 'PAK,Pakistan,yes,1988,no,,embassy,x', GOOD),
			4,
			/duplicate row for BHR \(Bahrain\)/,
			/also on line 2/
		],
		[
			'a date that does not exist',
			csv('BHR,Bahrain,yes,1988-02-30,yes,,embassy,x'),
			2,
			/"1988-02-30" there is no 30 February 1988/,
			/YYYY-MM-DD/
		],
		[
			'a month 13',
			csv('BHR,Bahrain,yes,1988-13,yes,,embassy,x'),
			2,
			/"1988-13" has no month 13/,
			/YYYY/
		],
		[
			'a date in another format',
			csv('BHR,Bahrain,yes,16/11/1988,yes,,embassy,x'),
			2,
			/"16\/11\/1988" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD/,
			/YYYY/
		],
		[
			'a future date',
			csv('BHR,Bahrain,yes,2026-04,yes,,embassy,x'),
			2,
			/"2026-04" is in the future/,
			/no future/
		],
		[
			'a date with recognizes_palestine=no',
			csv('DEU,Germany,no,1988,yes,,other,x'),
			2,
			/a recognition date \(1988\) is given but recognizes_palestine is no/,
			/remove the date/
		],
		[
			'a bad yes/no',
			csv('BHR,Bahrain,maybe,1988,yes,,embassy,x'),
			2,
			/recognizes_palestine is "maybe"; expected yes or no/,
			/yes or no/
		],
		[
			'a capitalised Yes',
			csv('BHR,Bahrain,yes,1988,Yes,,embassy,x'),
			2,
			/recognizes_israel is "Yes"/,
			/lower case: yes/
		],
		[
			'a bad mission',
			csv('BHR,Bahrain,yes,1988,yes,,consulate,x'),
			2,
			/palestine_mission_in_country is "consulate"; expected embassy, other, none, unknown/,
			/other/
		],
		[
			'too few cells',
			csv(GOOD, 'BHR,Bahrain,yes,1988'),
			3,
			/the row has 4 cells but the header has 8 columns/,
			/double quotes/
		],
		[
			'too many cells (an unquoted comma)',
			csv('BHR,Bahrain,yes,1988,yes,relations 1999-2010, cut 2010,embassy,x'),
			2,
			/has 9 cells/,
			/double quotes/
		],
		['an empty name', csv('BHR,,yes,1988,yes,,embassy,x'), 2, /name cell is empty/, /English name/],
		[
			'an empty source',
			csv('BHR,Bahrain,yes,1988,yes,,embassy,'),
			2,
			/source cell is empty/,
			/Palestine: …/
		],
		[
			'a bad as_of',
			`${HEADER},as_of\n${GOOD},March 2026\n`,
			2,
			/as_of "March 2026" is not a date/,
			/YYYY-MM/
		],
		[
			'a missing column',
			HEADER.replace(',recognizes_israel', '') + '\n' + GOOD + '\n',
			1,
			/the header lacks the column recognizes_israel/,
			/must name/
		],
		[
			'two missing columns',
			'iso3,name\nBHR,Bahrain\n',
			1,
			/lacks the columns recognizes_palestine, .*source/,
			/must name/
		],
		[
			'a column named twice',
			`${HEADER},name\n${GOOD},Bahrain\n`,
			1,
			/the column name appears twice/,
			/remove one/
		],
		[
			'an unclosed quote',
			csv(GOOD, 'PAK,"Pakistan,yes,1988,no,,embassy,x'),
			3,
			/the CSV cannot be read: Quote Not Closed/,
			/double quotes/
		],
		[
			'an unclosed quote with rows after it (at the quote, not at the end)',
			csv(GOOD, '', 'PAK,"Pakistan,yes,1988,no,,embassy,x', ...Array<string>(40).fill(GOOD)),
			4,
			/the CSV cannot be read: Quote Not Closed/,
			/double quotes/
		],
		[
			'a stray quote that a later quote seems to close (at the stray quote)',
			csv(
				GOOD,
				'PAK,"Pakistan,yes,1988,no,,embassy,x',
				GOOD,
				GOOD,
				'BHR,Bahrain,yes,1988,yes,,embassy,x"y'
			),
			3,
			/the CSV cannot be read: Invalid Closing Quote: .*runs on from here to line 6/,
			/double quotes/
		],
		['an empty file', '', 1, /the facts file is empty/, /header/],
		['a file of blank lines', '\uFEFF\r\n  \r\n', 1, /the facts file is empty/, /header/]
	];

	it.each(cases)('reports %s as an error at its line', (_, text, line, message, hint) => {
		const { problems } = parseFacts(text, 'data/facts.csv', TODAY);
		const errors = problems.filter((p) => p.severity === 'error');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ file: 'data/facts.csv', line });
		expect(errors[0]!.message).toMatch(message);
		if (hint) expect(errors[0]!.hint).toMatch(hint);
	});

	it('leaves rows with errors out, keeps the good ones and reports every bad row', () => {
		const text = csv(
			GOOD,
			'ATL,Atlantis,yes,1988,no,,unknown,x',
			'PAK,Pakistan,yes,1988-11-16,no,,embassy,x',
			'DEU,Germany,no,1988,yes,,other,x'
		);
		const { rows, problems } = parseFacts(text, 'f.csv', TODAY);
		expect(rows.map((r) => r.iso3)).toEqual(['BHR', 'PAK']);
		expect(problems.map((p) => `${p.file}:${p.line}: ${p.severity}`)).toEqual([
			'f.csv:3: error',
			'f.csv:5: error'
		]);
	});

	it('warns (no error) about an unknown column, an undated recognition and a value without its source', () => {
		const text = `${HEADER},remarks\nBHR,Bahrain,yes,,yes,,embassy,Palestine: AJ-WAFA | Israel: WP-IL,x\n`;
		const { rows, problems } = parseFacts(text, 'f.csv', TODAY);
		expect(rows).toHaveLength(1);
		expect(problems.map((p) => [p.severity, p.line, p.message])).toEqual([
			['warning', 1, 'unknown column "remarks" is ignored'],
			['warning', 2, 'BHR recognizes Palestine but no palestine_recognition_date is given'],
			['warning', 2, 'no source is given for palestine_mission_in_country']
		]);
	});

	it('never throws', () => {
		for (const text of [
			'"',
			'\u0000\u0001',
			',,,\n,,,',
			'\uFEFF',
			'a\rb\rc',
			HEADER + '\n"""',
			'\n'.repeat(1000)
		])
			expect(() => parseFacts(text, 'f.csv', TODAY)).not.toThrow();
	});

	it('never throws on any text, and locates every problem in the file', () => {
		const pieces = fc.constantFrom(
			HEADER,
			GOOD,
			',',
			'"',
			'\n',
			'\r\n',
			'\uFEFF',
			'yes',
			'1988-02-30',
			' '
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.array(pieces).map((p) => p.join(''))
				),
				(text) => {
					const { rows, problems } = parseFacts(text, 'f.csv', TODAY);
					const lines = text.split(/\r\n|\r|\n/).length;
					for (const p of problems) {
						expect(p.line).toBeGreaterThanOrEqual(1);
						expect(p.line).toBeLessThanOrEqual(lines);
					}
					for (const row of rows) expect(row.line).toBeLessThanOrEqual(lines);
				}
			),
			{ numRuns: 500 }
		);
	});
});
