import { describe, expect, it } from 'vitest';
import { listConflicts } from './listConflicts';
import { ATLAS } from './testAtlas';

describe('listConflicts', () => {
	it('lists the one conflict with both readings', () => {
		expect(listConflicts(ATLAS)).toEqual([
			{
				iso3: 'BHR',
				name: 'Bahrain',
				attribute: 'recognizesIsrael',
				articleValue: 'no',
				articleDate: undefined,
				articleEvidence: 'Bahrain said "no", then yes.',
				factsValue: 'yes',
				factsDate: undefined,
				cite: 'WP-IL 2024-06',
				asOf: '2026-03'
			}
		]);
	});
	it('is empty without conflicts', () => {
		expect(listConflicts({ countries: [], groups: [], problems: [] })).toEqual([]);
	});
});
