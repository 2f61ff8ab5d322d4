import { describe, expect, it } from 'vitest';
import type { Attribute, AttributeId } from '$lib/types';
import { compareCountries } from './compareCountries';

const country = (iso3: string, israel: string, mission: string) => ({
	iso3,
	attributes: {
		recognizesIsrael: { value: israel },
		recognizesPalestine: { value: 'yes' },
		palestinianMission: { value: mission },
		missionToPalestine: { value: 'unknown' }
	} as Record<AttributeId, Attribute>
});

describe('compareCountries', () => {
	const rows = compareCountries(
		[
			country('PAK', 'no', 'embassy'),
			country('SWE', 'yes', 'embassy'),
			country('USA', 'yes', 'none')
		],
		['recognizesPalestine', 'recognizesIsrael', 'palestinianMission']
	);

	it('keeps the columns in order', () => {
		expect(rows[0]!.cells.map((c) => c.iso3)).toEqual(['PAK', 'SWE', 'USA']);
	});

	it.each([
		['recognizesPalestine', false, 'yes'],
		['recognizesIsrael', true, 'yes'],
		['palestinianMission', true, 'embassy']
	])('%s: differs %s, majority %s', (id, differs, majority) => {
		const row = rows.find((r) => r.id === id)!;
		expect(row.differs).toBe(differs);
		expect(row.majority).toBe(majority);
	});

	it('on a tie the first column sets the majority', () => {
		const [row] = compareCountries(
			[country('USA', 'yes', 'none'), country('PAK', 'no', 'none')],
			['recognizesIsrael']
		);
		expect(row).toMatchObject({ differs: true, majority: 'yes' });
	});
});
