import { describe, expect, it } from 'vitest';
import { countryAliases } from './countryAliases';

describe('countryAliases', () => {
	it.each([
		['TUR', ['Türkiye', 'Turkey', 'Republic of Turkey']],
		['MMR', ['Myanmar', 'Burma']],
		['CIV', ['Ivory Coast', "Côte d'Ivoire"]],
		['CZE', ['Czechia', 'Czech Republic']],
		['VAT', ['Vatican City', 'Holy See']],
		['COD', ['DR Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa']],
		['COG', ['Republic of the Congo', 'Congo-Brazzaville']],
		['SWZ', ['Eswatini', 'Swaziland']],
		['TLS', ['Timor-Leste', 'East Timor']],
		['PSE', ['Palestine', 'State of Palestine']],
		['XKX', ['Kosovo']],
		['USA', ['United States', 'United States of America', 'USA']]
	])('%s includes %j', (iso3, expected) => {
		const aliases = countryAliases(iso3);
		for (const name of expected) expect(aliases).toContain(name);
	});

	it.each([
		['MMR', 'Myanmar', 'Republic of the Union of Myanmar'],
		['PSE', 'Palestine', 'State of Palestine'],
		['TUR', 'Türkiye', 'Republic of Türkiye'],
		['BGD', 'Bangladesh', "People's Republic of Bangladesh"],
		['CIV', 'Ivory Coast', "Republic of Côte d'Ivoire"],
		['USA', 'United States', 'United States of America']
	])('%s: common name %j first, then the official %j; no duplicates', (iso3, common, official) => {
		const aliases = countryAliases(iso3);
		expect(aliases.slice(0, 2)).toEqual([common, official]);
		expect(new Set(aliases.map((a) => a.toLowerCase())).size).toBe(aliases.length);
	});

	it('keeps Latin script only and drops two-letter codes', () => {
		const aliases = countryAliases('KOR');
		expect(aliases.some((a) => /[\u3131-\uD79D]/.test(a))).toBe(false);
		expect(aliases).not.toContain('KR');
	});

	it.each([['XXX'], ['']])('unknown %j → []', (iso3) => {
		expect(countryAliases(iso3)).toEqual([]);
	});
});
