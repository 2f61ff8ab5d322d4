import { describe, expect, it } from 'vitest';
import { parseUrlState } from './parseUrlState';
import { urlStateToSearch } from './urlStateToSearch';

const KNOWN = new Set(['PAK', 'MYS', 'TUR']);
const REGIONS = new Set(['arab-league', 'eu']);
const NOW = 2026;

describe('parseUrlState', () => {
	const cases: [string, string, ReturnType<typeof parseUrlState>][] = [
		['empty', '', { attr: 'recognizesPalestine', country: null, year: NOW, region: null }],
		[
			'all valid',
			'attr=recognizesIsrael&country=PAK&year=1990',
			{ attr: 'recognizesIsrael', country: 'PAK', year: 1990, region: null }
		],
		[
			'lower-case iso3',
			'country=mys',
			{ attr: 'recognizesPalestine', country: 'MYS', year: NOW, region: null }
		],
		[
			'bad attr and code',
			'attr=zzz&country=123',
			{ attr: 'recognizesPalestine', country: null, year: NOW, region: null }
		],
		[
			'unknown code',
			'country=XYZ',
			{ attr: 'recognizesPalestine', country: null, year: NOW, region: null }
		],
		[
			'year attr',
			'attr=recognitionYear',
			{ attr: 'recognitionYear', country: null, year: NOW, region: null }
		],
		[
			'year too early',
			'year=1987',
			{ attr: 'recognizesPalestine', country: null, year: NOW, region: null }
		],
		[
			'year in future',
			'year=2999',
			{ attr: 'recognizesPalestine', country: null, year: NOW, region: null }
		],
		[
			'year not a number',
			'year=19a8',
			{ attr: 'recognizesPalestine', country: null, year: NOW, region: null }
		],
		[
			'year fraction',
			'year=1990.5',
			{ attr: 'recognizesPalestine', country: null, year: NOW, region: null }
		],
		[
			'first year',
			'year=1988',
			{ attr: 'recognizesPalestine', country: null, year: 1988, region: null }
		],
		[
			'last year',
			`year=${NOW - 1}`,
			{ attr: 'recognizesPalestine', country: null, year: NOW - 1, region: null }
		],
		[
			'next year',
			`year=${NOW + 1}`,
			{ attr: 'recognizesPalestine', country: null, year: NOW, region: null }
		],
		[
			'the year before the first',
			'year=1987&attr=recognitionYear',
			{ attr: 'recognitionYear', country: null, year: NOW, region: null }
		],
		[
			'spaces around year and country',
			'year=%201990%20&country=%20pak%0A',
			{ attr: 'recognizesPalestine', country: 'PAK', year: 1990, region: null }
		],
		[
			'attr is case-sensitive',
			'attr=RECOGNIZESISRAEL',
			{ attr: 'recognizesPalestine', country: null, year: NOW, region: null }
		],
		[
			'prototype key',
			'attr=constructor&country=__proto__',
			{ attr: 'recognizesPalestine', country: null, year: NOW, region: null }
		]
	];
	it.each(cases)('%s', (_name, search, expected) => {
		expect(parseUrlState(new URLSearchParams(search), KNOWN, NOW)).toEqual(expected);
	});

	it.each([
		['region=arab-league', 'arab-league'],
		['region=ARAB-LEAGUE', 'arab-league'],
		['region=nowhere', null],
		['region=__proto__', null],
		['region=', null]
	])('%s → region %s', (search, region) => {
		expect(parseUrlState(new URLSearchParams(search), KNOWN, NOW, REGIONS).region).toBe(region);
	});
});

describe('urlStateToSearch', () => {
	const cases: [string, Parameters<typeof urlStateToSearch>[0], string][] = [
		[
			'default view is bare',
			{ attr: 'recognizesPalestine', country: null, year: NOW, region: null },
			''
		],
		[
			'attr and country',
			{ attr: 'recognizesIsrael', country: 'PAK', year: NOW, region: null },
			'?attr=recognizesIsrael&country=PAK'
		],
		['year', { attr: 'recognizesPalestine', country: null, year: 1990, region: null }, '?year=1990']
	];
	it.each(cases)('%s', (_name, state, expected) => {
		expect(urlStateToSearch(state, NOW)).toBe(expected);
	});

	it('round-trips', () => {
		const state = { attr: 'recognitionYear', country: 'TUR', year: 2000, region: 'eu' } as const;
		const search = urlStateToSearch(state, NOW);
		expect(search).toBe('?attr=recognitionYear&country=TUR&year=2000&region=eu');
		expect(parseUrlState(new URLSearchParams(search), KNOWN, NOW, REGIONS)).toEqual(state);
	});
});
