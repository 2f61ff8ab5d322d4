import { describe, expect, it } from 'vitest';
import { sourceFor } from './sourceFor';
import { splitSource } from './splitSource';

const FULL =
	'Palestine: AJ-WAFA; WP-PS | Israel: WP-IL 2024-06 + SINDOnews 2023-12 (list of 28) | mission: WD 2022-11; PAL-DK rule';
const VAT = 'AJ-WAFA (2013; treaty signed 2015); WD 2022-11 (embassy to the Holy See, in Rome)';

describe('splitSource', () => {
	it.each([
		[
			FULL,
			{
				palestine: 'AJ-WAFA; WP-PS',
				israel: 'WP-IL 2024-06 + SINDOnews 2023-12 (list of 28)',
				mission: 'WD 2022-11; PAL-DK rule'
			}
		],
		['Palestine: AJ-WAFA | Israel: WP-IL', { palestine: 'AJ-WAFA', israel: 'WP-IL' }],
		[VAT, { general: VAT }],
		['  ', {}],
		['Palestine:A|mission : B|other note', { palestine: 'A', mission: 'B', general: 'other note' }],
		['Palestine: A | Palestine: B', { palestine: 'A; B' }]
	])('%s', (source, expected) => {
		expect(splitSource(source)).toEqual(expected);
	});
});

describe('sourceFor', () => {
	it.each([
		[FULL, 'palestine', 'AJ-WAFA; WP-PS'],
		[FULL, 'israel', 'WP-IL 2024-06 + SINDOnews 2023-12 (list of 28)'],
		[FULL, 'mission', 'WD 2022-11; PAL-DK rule'],
		['Palestine: AJ-WAFA | Israel: WP-IL', 'mission', undefined],
		[VAT, 'mission', VAT],
		['Palestine: A | shared note', 'israel', 'shared note']
	] as const)('%s, %s → %s', (source, topic, expected) => {
		expect(sourceFor(source, topic)).toBe(expected);
	});
});
