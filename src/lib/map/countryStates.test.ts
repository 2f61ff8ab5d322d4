import { describe, expect, it } from 'vitest';
import { countryStates } from './countryStates';

describe('countryStates', () => {
	const ids = ['PAK', 'IND', 'BHR'];
	const fills = { PAK: '#111', IND: '#222' };
	it.each<
		[string, string | null, string[] | null, Record<string, [string | null, boolean, boolean]>]
	>([
		[
			'plain',
			null,
			null,
			{ PAK: ['#111', false, false], IND: ['#222', false, false], BHR: [null, false, false] }
		],
		[
			'selected',
			'IND',
			null,
			{ PAK: ['#111', false, false], IND: ['#222', false, true], BHR: [null, false, false] }
		],
		[
			'highlighted dims the rest',
			null,
			['BHR'],
			{ PAK: ['#111', true, false], IND: ['#222', true, false], BHR: [null, false, false] }
		],
		[
			'empty highlight dims no one',
			null,
			[],
			{ PAK: ['#111', false, false], IND: ['#222', false, false], BHR: [null, false, false] }
		]
	])('%s', (_name, selected, highlighted, expected) => {
		const states = countryStates(ids, fills, selected, highlighted);
		for (const [iso3, [fill, dim, sel]] of Object.entries(expected)) {
			expect(states[iso3]).toEqual({ fill, dim, selected: sel });
		}
	});
});
