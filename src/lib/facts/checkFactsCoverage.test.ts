import { describe, expect, it } from 'vitest';
import { checkFactsCoverage, EXPECTED_STATES } from './checkFactsCoverage';
import type { FactsRow } from './types';

const row = (iso3: string): FactsRow => ({
	iso3,
	name: iso3,
	recognizesPalestine: 'yes',
	recognizesIsrael: 'yes',
	israelRelationsNote: '',
	palestinianMission: 'unknown',
	source: 'Palestine: P | Israel: I',
	asOf: '2026-03',
	line: 2
});

describe('checkFactsCoverage', () => {
	it('expects the 193 UN members and the four states the table documents', () => {
		expect(EXPECTED_STATES).toHaveLength(197);
		for (const iso3 of ['AUT', 'BGD', 'USA', 'VAT', 'XKX', 'TWN', 'ESH'])
			expect(EXPECTED_STATES).toContain(iso3);
		for (const iso3 of ['PSE', 'ATA', 'GRL', 'PRI']) expect(EXPECTED_STATES).not.toContain(iso3);
	});

	it('is content with a row for every expected state (and extra rows)', () => {
		expect(checkFactsCoverage([...EXPECTED_STATES, 'GRL'].map(row), 'f.csv')).toEqual([]);
	});

	it.each([
		['a header-only table', [], 197, 'AFG'],
		['a table without Austria', EXPECTED_STATES.filter((c) => c !== 'AUT'), 1, 'AUT'],
		['a table without Kosovo', EXPECTED_STATES.filter((c) => c !== 'XKX'), 1, 'XKX']
	])('%s is an error naming what is missing', (_, codes, count, example) => {
		const problems = checkFactsCoverage(codes.map(row), 'f.csv');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ severity: 'error', file: 'f.csv', line: 1 });
		expect(problems[0]!.message).toContain(`no valid row for ${count} of the 197 states`);
		if (count === 1) expect(problems[0]!.message).toMatch(new RegExp(`: ${example}$`));
		expect(problems[0]!.hint).toContain('--facts none');
	});
});
