import { describe, expect, it } from 'vitest';
import { countryStates } from './countryStates';

describe('countryStates', () => {
	const ids = ['PAK', 'IND', 'BHR'];
	const fills = { PAK: '#111', IND: '#222' };
	it.each<
		[
			string,
			string | null,
			string[] | null,
			Record<string, [string | null, boolean, boolean]>,
			string[]?
		]
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
		],
		[
			'a region dims the countries outside it',
			null,
			null,
			{ PAK: ['#111', false, false], IND: ['#222', false, false], BHR: [null, true, false] },
			['PAK', 'IND']
		],
		[
			'region and highlight: only countries in both stay lit',
			'BHR',
			['IND', 'BHR'],
			{ PAK: ['#111', true, false], IND: ['#222', false, false], BHR: [null, true, true] },
			['PAK', 'IND']
		]
	])('%s', (_name, selected, highlighted, expected, region) => {
		const states = countryStates(ids, fills, selected, highlighted, region ?? null);
		for (const [iso3, [fill, dim, sel]] of Object.entries(expected)) {
			expect(states[iso3]).toEqual({ fill, dim, selected: sel });
		}
	});
});
