import { describe, expect, it } from 'vitest';
import { foldName, searchCountries } from './searchCountries';

const COUNTRIES = [
	{ iso3: 'TUR', name: 'Turkey', aliases: ['Türkiye', 'Republic of Türkiye'] },
	{ iso3: 'MYS', name: 'Malaysia', aliases: [] },
	{ iso3: 'MWI', name: 'Malawi', aliases: [] },
	{ iso3: 'MDV', name: 'Maldives', aliases: ['the Maldives'] },
	{ iso3: 'CIV', name: "Côte d'Ivoire", aliases: ['Ivory Coast'] },
	{ iso3: 'GNQ', name: 'Equatorial Guinea', aliases: [] },
	{ iso3: 'GIN', name: 'Guinea', aliases: [] },
	{ iso3: 'PAK', name: 'Pakistan', aliases: [] }
];

describe('foldName', () => {
	it.each([
		['Türkiye', 'turkiye'],
		["Côte d'Ivoire", 'cote divoire'],
		['  São Tomé and Príncipe ', 'sao tome and principe'],
		['Guinea-Bissau', 'guinea bissau']
	])('%s → %s', (input, expected) => expect(foldName(input)).toBe(expected));
});

describe('searchCountries', () => {
	it.each([
		['Turkey', ['TUR']],
		['Türkiye', ['TUR']],
		['turkiye', ['TUR']],
		['Malay', ['MYS']],
		['mal', ['MWI', 'MYS', 'MDV']],
		['ivory', ['CIV']],
		['cote', ['CIV']],
		['guinea', ['GIN', 'GNQ']],
		['pak', ['PAK']],
		['PAK', ['PAK']],
		['', []],
		['   ', []],
		['zzz', []]
	])('%s → %j', (query, expected) => {
		expect(searchCountries(query, COUNTRIES).map((c) => c.iso3)).toEqual(expected);
	});
	it('respects the limit', () => {
		expect(searchCountries('a', COUNTRIES, 2)).toHaveLength(2);
	});
});
