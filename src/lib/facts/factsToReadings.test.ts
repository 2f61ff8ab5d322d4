import { describe, expect, it } from 'vitest';
import { factsToReadings } from './factsToReadings';
import type { FactsRow } from './types';

const BAHRAIN: FactsRow = {
	iso3: 'BHR',
	name: 'Bahrain',
	recognizesPalestine: 'yes',
	palestineRecognitionDate: '1988-11-15',
	recognizesIsrael: 'yes',
	israelRelationsNote: 'normalised 2020 (Abraham Accords); envoys withdrawn 2023',
	palestinianMission: 'embassy',
	source:
		'Palestine: AJ-WAFA; WP-PS | Israel: WP-IL 2024-06 (list of 28) | mission: WD 2022-11; PAL-DK rule',
	asOf: '2026-03',
	line: 19
};

describe('factsToReadings', () => {
	it('gives sourced readings of the three attributes the table knows', () => {
		expect(factsToReadings(BAHRAIN)).toEqual({
			recognizesPalestine: {
				value: 'yes',
				date: '1988-11-15',
				source: 'facts',
				line: 19,
				cite: 'AJ-WAFA; WP-PS',
				asOf: '2026-03'
			},
			recognizesIsrael: {
				value: 'yes',
				source: 'facts',
				line: 19,
				cite: 'WP-IL 2024-06 (list of 28)',
				asOf: '2026-03',
				note: 'normalised 2020 (Abraham Accords); envoys withdrawn 2023'
			},
			palestinianMission: {
				value: 'embassy',
				source: 'facts',
				line: 19,
				cite: 'WD 2022-11; PAL-DK rule',
				asOf: '2026-03'
			}
		});
	});

	it.each([
		[
			'no recognition, no note, mission unknown',
			{
				...BAHRAIN,
				recognizesPalestine: 'no',
				palestineRecognitionDate: undefined,
				israelRelationsNote: '',
				palestinianMission: 'unknown'
			} as FactsRow,
			{ recognizesPalestine: 'no', recognizesIsrael: 'yes' }
		],
		[
			'a year-only date and mission none',
			{ ...BAHRAIN, palestineRecognitionDate: '1989', palestinianMission: 'none' } as FactsRow,
			{ recognizesPalestine: 'yes', recognizesIsrael: 'yes', palestinianMission: 'none' }
		]
	])('values for %s, and no raw cells as evidence', (_, row, expected) => {
		const readings = factsToReadings(row);
		expect(Object.fromEntries(Object.entries(readings).map(([id, r]) => [id, r.value]))).toEqual(
			expected
		);
		for (const reading of Object.values(readings)) {
			expect(reading.evidence).toBeUndefined();
			expect(JSON.stringify(reading)).not.toMatch(/\w+=\w+/);
		}
		expect(readings.missionToPalestine).toBeUndefined();
	});

	it('cites the unlabelled source for every attribute when the cell has no parts', () => {
		const vat = factsToReadings({ ...BAHRAIN, source: 'AJ-WAFA (2013); WD 2022-11' });
		expect([
			vat.recognizesPalestine?.cite,
			vat.recognizesIsrael?.cite,
			vat.palestinianMission?.cite
		]).toEqual([
			'AJ-WAFA (2013); WD 2022-11',
			'AJ-WAFA (2013); WD 2022-11',
			'AJ-WAFA (2013); WD 2022-11'
		]);
	});

	it('leaves the date out when the row has none', () => {
		const readings = factsToReadings({ ...BAHRAIN, palestineRecognitionDate: undefined });
		expect(readings.recognizesPalestine).not.toHaveProperty('date');
	});
});
