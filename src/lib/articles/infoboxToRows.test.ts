import { describe, expect, it } from 'vitest';
import { infoboxToRows } from './infoboxToRows';
import { MAX_ROWS_PER_KEY } from './limits';
import type { RawInfoboxRow } from './types';

const rows = (...lines: string[]): RawInfoboxRow[] =>
	lines.map((raw, i) => {
		const [key, ...value] = raw.replace(/^- /, '').split(':');
		return { key: key!.trim(), value: value.join(':').trim(), line: i + 1, raw };
	});
const BANGLADESH = { iso3: 'BGD', name: 'Bangladesh' };
const BAHRAIN = { iso3: 'BHR', name: 'Bahrain' };

describe('infoboxToRows', () => {
	it('labels rows by the title order when there is no Party row', () => {
		const result = infoboxToRows(
			rows(
				'- Map: m.svg',
				'- Mission1: Embassy of Bangladesh, Amman',
				'- Mission2: Embassy of Palestine, Dhaka',
				"- Envoytitle2: Chargé d'Affaires",
				'- Envoy2: Yousef S. Y. Ramadan'
			),
			BANGLADESH,
			1,
			'b.txt'
		);
		expect(result.countryParty).toBe(1);
		expect(result.rows).toEqual([
			{ key: 'Map', label: 'Map', value: 'm.svg', line: 1, meta: true },
			{
				key: 'Mission1',
				label: 'Mission of Bangladesh',
				value: 'Embassy of Bangladesh, Amman',
				line: 2
			},
			{
				key: 'Mission2',
				label: 'Mission of Palestine',
				value: 'Embassy of Palestine, Dhaka',
				line: 3
			},
			{
				key: 'Envoytitle2',
				label: 'Title of the envoy of Palestine',
				value: "Chargé d'Affaires",
				line: 4
			},
			{ key: 'Envoy2', label: 'Envoy of Palestine', value: 'Yousef S. Y. Ramadan', line: 5 }
		]);
		expect(result.problems).toEqual([]);
	});

	it.each([
		[['- Party1: Palestine', '- Party2: Bahrain'], 1, 2],
		[['- Party1: Bahrain', '- Party2: Palestine'], 2, 1],
		[['- Party1: State of Palestine'], 1, 2],
		[['- Party2: Kingdom of Bahrain'], 1, 2],
		[[], 2, 2],
		[[], 1, 1]
	])(
		'Party rows %j (title position %i) → country is party %i',
		(party, titlePosition, expected) => {
			const result = infoboxToRows(
				rows(...party, '- Mission1: X'),
				BAHRAIN,
				titlePosition as 1 | 2,
				'f'
			);
			expect(result.countryParty).toBe(expected);
			expect(result.rows.at(-1)!.label).toBe(
				expected === 1 ? 'Mission of Bahrain' : 'Mission of Palestine'
			);
		}
	);

	it('warns when a Party row names neither side, and keeps the title order', () => {
		const result = infoboxToRows(rows('- Party1: Atlantis', '- Mission1: X'), BAHRAIN, 1, 'f.txt');
		expect(result.countryParty).toBe(1);
		expect(result.problems).toEqual([
			expect.objectContaining({
				severity: 'warning',
				file: 'f.txt',
				line: 1,
				message: 'infobox Party1 "Atlantis" is neither Bahrain nor Palestine'
			})
		]);
	});

	it.each([
		['Map', 'Map'],
		['Filetype', 'File type'],
		['Flagvariant1', 'Flag variant (Bangladesh)'],
		['Flagvariant2', 'Flag variant (Palestine)'],
		['Image', 'Image'],
		['Title', 'Title'],
		['Map_caption', 'Map caption'],
		['Mapsize', 'Map size']
	])('%s is metadata labelled %j', (key, label) => {
		const [row] = infoboxToRows(rows(`- ${key}: v`), BANGLADESH, 1, 'f').rows;
		expect(row).toMatchObject({ key, label, meta: true });
	});

	it.each([
		['Sponsor', 'Sponsor'],
		['map_legend_2', 'Map legend 2'],
		['HeadOfMission', 'Head of mission']
	])('unknown key %s: kept with label %j and a warning', (key, label) => {
		const result = infoboxToRows(rows(`- ${key}: v`), BANGLADESH, 1, 'f.txt');
		expect(result.rows).toEqual([{ key, label, value: 'v', line: 1 }]);
		expect(result.problems).toEqual([
			expect.objectContaining({
				severity: 'warning',
				line: 1,
				message: `unknown infobox key "${key}"`
			})
		]);
	});

	it('warns at each repeat of a key, naming the first, and keeps every row', () => {
		const result = infoboxToRows(
			rows('- Mission1: A', '- Mission2: B', '- Mission1: C', '- mission_1: D'),
			BANGLADESH,
			1,
			'f.txt'
		);
		expect(result.rows.map((r) => r.value)).toEqual(['A', 'B', 'C', 'D']);
		expect(result.problems).toEqual([
			expect.objectContaining({
				severity: 'warning',
				line: 3,
				message: 'infobox key "Mission1" repeats (first on line 1); both rows are shown'
			}),
			expect.objectContaining({
				severity: 'warning',
				line: 4,
				message: 'infobox key "mission_1" repeats (first on line 1); both rows are shown'
			})
		]);
	});

	it(`is an error once a key has more than ${MAX_ROWS_PER_KEY} rows, reported once`, () => {
		const many = Array.from({ length: MAX_ROWS_PER_KEY + 5 }, (_, i) => `- Mission1: M${i}`);
		const result = infoboxToRows(rows(...many), BANGLADESH, 1, 'f.txt');
		expect(result.rows).toHaveLength(MAX_ROWS_PER_KEY + 5);
		const errors = result.problems.filter((p) => p.severity === 'error');
		expect(errors).toEqual([
			expect.objectContaining({
				line: MAX_ROWS_PER_KEY + 1,
				message: `infobox key "Mission1" has more than ${MAX_ROWS_PER_KEY} rows (first on line 1)`
			})
		]);
		expect(result.problems.filter((p) => p.severity === 'warning')).toHaveLength(
			MAX_ROWS_PER_KEY - 1
		);
	});
});
