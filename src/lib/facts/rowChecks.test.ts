import { describe, expect, it } from 'vitest';
import { checkState, unknownIso3 } from './rowChecks';

describe('unknownIso3', () => {
	it.each([
		['BGD', 'Bangladesh', null],
		[
			'BGX',
			'Bangladesh',
			{ message: 'unknown ISO 3166-1 alpha-3 code "BGX" (Bangladesh)', hint: 'did you mean BGD?' }
		],
		[
			'',
			'',
			{
				message: 'the iso3 cell is empty',
				hint: 'use the ISO 3166-1 alpha-3 code (Kosovo: XKX, Western Sahara/SADR: ESH)'
			}
		]
	])('%j (%j) → %j', (iso3, name, expected) => {
		expect(unknownIso3(iso3, name)).toEqual(expected);
	});
	it("takes the table's own examples", () => {
		expect(unknownIso3('', '', 'Palestine: PSE')?.hint).toBe(
			'use the ISO 3166-1 alpha-3 code (Palestine: PSE)'
		);
	});
});

describe('checkState', () => {
	it('reports a second row for a state, where the first stood, and an empty name', () => {
		const errors: [number, string, string][] = [];
		const lineOf = new Map<string, number>();
		const report = (...e: [number, string, string]) => void errors.push(e);
		checkState('PAK', 'Pakistan', 2, lineOf, report);
		checkState('PAK', '', 7, lineOf, report);
		expect(errors).toEqual([
			[7, 'duplicate row for PAK', 'PAK is also on line 2: keep one row per state'],
			[7, 'the name cell is empty', 'write the common English name of the state']
		]);
	});
});
