import { describe, expect, it } from 'vitest';
import { infoboxToRows } from './infoboxToRows';
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
});
