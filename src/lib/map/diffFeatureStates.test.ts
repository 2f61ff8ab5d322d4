import { describe, expect, it } from 'vitest';
import { diffFeatureStates, type CountryState } from './diffFeatureStates';

const s = (fill: string | null, dim = false, selected = false): CountryState => ({
	fill,
	dim,
	selected
});

describe('diffFeatureStates', () => {
	it.each<[string, Record<string, CountryState>, Record<string, CountryState>, unknown]>([
		['first write sends everything', {}, { PAK: s('#f00') }, [['PAK', s('#f00')]]],
		['nothing changed', { PAK: s('#f00') }, { PAK: s('#f00') }, []],
		[
			'only the changed country and key',
			{ PAK: s('#f00'), IND: s('#00f') },
			{ PAK: s('#0f0'), IND: s('#00f') },
			[['PAK', { fill: '#0f0' }]]
		],
		['back to no data', { PAK: s('#f00') }, { PAK: s(null) }, [['PAK', { fill: null }]]],
		[
			'dim and selection',
			{ PAK: s('#f00'), BHR: s('#f00') },
			{ PAK: s('#f00', false, true), BHR: s('#f00', true) },
			[
				['PAK', { selected: true }],
				['BHR', { dim: true }]
			]
		]
	])('%s', (_name, prev, next, expected) => {
		expect(diffFeatureStates(prev, next)).toEqual(expected);
	});
});
