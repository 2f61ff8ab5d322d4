import { describe, expect, it } from 'vitest';
import { parseUrlState } from './parseUrlState';
import { urlStateToSearch } from './urlStateToSearch';

const KNOWN = new Set(['PAK', 'MYS', 'TUR']);
const NOW = 2026;

describe('parseUrlState', () => {
	const cases: [string, string, ReturnType<typeof parseUrlState>][] = [
		['empty', '', { attr: 'recognizesPalestine', country: null, year: NOW }],
		[
			'all valid',
			'attr=recognizesIsrael&country=PAK&year=1990',
			{ attr: 'recognizesIsrael', country: 'PAK', year: 1990 }
		],
		['lower-case iso3', 'country=mys', { attr: 'recognizesPalestine', country: 'MYS', year: NOW }],
		[
			'bad attr and code',
			'attr=zzz&country=123',
			{ attr: 'recognizesPalestine', country: null, year: NOW }
		],
		['unknown code', 'country=XYZ', { attr: 'recognizesPalestine', country: null, year: NOW }],
		['year attr', 'attr=recognitionYear', { attr: 'recognitionYear', country: null, year: NOW }],
		['year too early', 'year=1987', { attr: 'recognizesPalestine', country: null, year: NOW }],
		['year in future', 'year=2999', { attr: 'recognizesPalestine', country: null, year: NOW }],
		['year not a number', 'year=19a8', { attr: 'recognizesPalestine', country: null, year: NOW }],
		['year fraction', 'year=1990.5', { attr: 'recognizesPalestine', country: null, year: NOW }],
		['first year', 'year=1988', { attr: 'recognizesPalestine', country: null, year: 1988 }],
		['last year', `year=${NOW - 1}`, { attr: 'recognizesPalestine', country: null, year: NOW - 1 }],
		['next year', `year=${NOW + 1}`, { attr: 'recognizesPalestine', country: null, year: NOW }],
		[
			'the year before the first',
			'year=1987&attr=recognitionYear',
			{ attr: 'recognitionYear', country: null, year: NOW }
		],
		[
			'spaces around year and country',
			'year=%201990%20&country=%20pak%0A',
			{ attr: 'recognizesPalestine', country: 'PAK', year: 1990 }
		],
		[
			'attr is case-sensitive',
			'attr=RECOGNIZESISRAEL',
			{ attr: 'recognizesPalestine', country: null, year: NOW }
		],
		[
			'prototype key',
			'attr=constructor&country=__proto__',
			{ attr: 'recognizesPalestine', country: null, year: NOW }
		]
	];
	it.each(cases)('%s', (_name, search, expected) => {
		expect(parseUrlState(new URLSearchParams(search), KNOWN, NOW)).toEqual(expected);
	});
});

describe('urlStateToSearch', () => {
	const cases: [string, Parameters<typeof urlStateToSearch>[0], string][] = [
		['default view is bare', { attr: 'recognizesPalestine', country: null, year: NOW }, ''],
		[
			'attr and country',
			{ attr: 'recognizesIsrael', country: 'PAK', year: NOW },
			'?attr=recognizesIsrael&country=PAK'
		],
		['year', { attr: 'recognizesPalestine', country: null, year: 1990 }, '?year=1990']
	];
	it.each(cases)('%s', (_name, state, expected) => {
		expect(urlStateToSearch(state, NOW)).toBe(expected);
	});

	it('round-trips', () => {
		const state = { attr: 'recognitionYear', country: 'TUR', year: 2000 } as const;
		const search = urlStateToSearch(state, NOW);
		expect(parseUrlState(new URLSearchParams(search), KNOWN, NOW)).toEqual(state);
	});
});
