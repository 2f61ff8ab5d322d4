import { describe, expect, it } from 'vitest';
import type { CountryLike } from '$lib/regions/membersToCounts';
import type { Attribute, AttributeId, Group } from '$lib/types';
import { recognitionShares } from './recognitionShares';

const U: Attribute = { value: 'unknown' };
const country = (iso3: string, recognizesPalestine: Attribute): CountryLike => ({
	iso3,
	name: iso3,
	attributes: {
		recognizesIsrael: U,
		recognizesPalestine,
		palestinianMission: U,
		missionToPalestine: U
	} as Record<AttributeId, Attribute>
});
const COUNTRIES = new Map(
	[
		country('AAA', { value: 'yes', date: '1988-11-15' }),
		country('BBB', { value: 'yes', date: '1990' }),
		country('CCC', { value: 'no' })
	].map((c) => [c.iso3, c])
);
const GROUP: Group = {
	id: 'g',
	name: 'G',
	kind: 'bloc',
	size: 3,
	source: { cite: 'test', asOf: '2026' },
	members: [
		{ iso3: 'AAA', status: 'member' },
		{ iso3: 'BBB', status: 'member' },
		{ iso3: 'CCC', status: 'member', since: '1989' },
		{ iso3: 'PSE', status: 'member' }
	]
};

describe('recognitionShares', () => {
	it('follows recognition and membership year by year, never counting Palestine', () => {
		expect(recognitionShares(GROUP, COUNTRIES, 1988, 1991)).toEqual([
			{ year: 1988, yes: 1, total: 2, share: 0.5 },
			{ year: 1989, yes: 1, total: 3, share: 1 / 3 },
			{ year: 1990, yes: 2, total: 3, share: 2 / 3 },
			{ year: 1991, yes: 2, total: 3, share: 2 / 3 }
		]);
	});

	it('leaves out states that did not exist yet (their statehood)', () => {
		const statehood = { since: '1989-03-01', predecessor: 'X', continuous: false, cite: 'T' };
		const late = new Map(COUNTRIES);
		late.set('BBB', { ...COUNTRIES.get('BBB')!, statehood });
		expect(recognitionShares(GROUP, late, 1988, 1990).slice(0, 2)).toEqual([
			{ year: 1988, yes: 1, total: 1, share: 1 },
			{ year: 1989, yes: 1, total: 3, share: 1 / 3 }
		]);
	});

	it('has no share for a year with no member counted', () => {
		const empty: Group = { ...GROUP, members: [{ iso3: 'PSE', status: 'member' }] };
		expect(recognitionShares(empty, COUNTRIES, 2000, 2000)).toEqual([
			{ year: 2000, yes: 0, total: 0, share: null }
		]);
	});
});
