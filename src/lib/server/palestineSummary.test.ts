import { describe, expect, it } from 'vitest';
import type { AtlasData, Attribute, CountryRecord } from '$lib/types';
import { palestineSummary } from './palestineSummary';

const UNKNOWN: Attribute = { value: 'unknown' };

/** A state with the given recognition and mission values (others unknown). */
function state(
	iso3: string,
	name: string,
	recognizes: string,
	mission: string,
	city?: string
): CountryRecord {
	return {
		iso3,
		name,
		aliases: [],
		article: null,
		attributes: {
			recognizesIsrael: UNKNOWN,
			recognizesPalestine: { value: recognizes, source: 'facts', asOf: '2026-03' },
			palestinianMission: city ? { value: mission, city } : { value: mission },
			missionToPalestine: UNKNOWN
		},
		warnings: []
	};
}

const ATLAS: AtlasData = {
	countries: [
		state('FRA', 'France', 'yes', 'embassy', 'Paris'),
		state('TWN', 'Taiwan', 'no', 'none'),
		state('USA', 'United States', 'no', 'other'),
		state('VAT', 'Holy See', 'yes', 'embassy'),
		state('XKX', 'Kosovo', 'unknown', 'unknown'),
		state('BHR', 'Bahrain', 'yes', 'embassy', 'Manama')
	],
	problems: [],
	groups: []
};

describe('palestineSummary', () => {
	const summary = palestineSummary(ATLAS);

	it.each([
		['the UN member states only', summary.unMembers, { yes: 2, no: 1, unknown: 0, total: 3 }],
		['every state on the map', summary.allStates, { yes: 3, no: 2, unknown: 1, total: 6 }]
	])('counts recognition among %s', (_, got, expected) => {
		expect(got).toEqual(expected);
	});

	it('lists embassies and other missions by host name, with the city when known', () => {
		expect(summary.embassies).toEqual([
			{ iso3: 'BHR', name: 'Bahrain', city: 'Manama' },
			{ iso3: 'FRA', name: 'France', city: 'Paris' },
			{ iso3: 'VAT', name: 'Holy See' }
		]);
		expect(summary.otherMissions).toEqual([{ iso3: 'USA', name: 'United States' }]);
		expect([summary.noMission, summary.missionUnknown]).toEqual([1, 1]);
	});

	it('says how current the facts table is', () => {
		expect(summary.asOf).toBe('2026-03');
	});
});
