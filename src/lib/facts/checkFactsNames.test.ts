import { describe, expect, it } from 'vitest';
import { checkFactsNames } from './checkFactsNames';
import type { FactsRow } from './types';

const row = (iso3: string, name: string): FactsRow => ({
	iso3,
	name,
	recognizesPalestine: 'yes',
	recognizesIsrael: 'yes',
	israelRelationsNote: '',
	palestinianMission: 'unknown',
	source: 'Palestine: P | Israel: I',
	asOf: '2026-03',
	line: 7
});

describe('checkFactsNames', () => {
	it.each([
		['AUT', 'Austria'],
		['AUT', 'Republic of Austria'],
		['TUR', 'Turkey (Türkiye)'],
		['CZE', 'Czech Republic (Czechia)'],
		['CIV', "Côte d'Ivoire"],
		['ESH', 'Western Sahara (Sahrawi Arab Democratic Republic)'],
		['XKX', 'Kosovo'],
		['VAT', 'Holy See']
	])('%s %j is a known name: no warning', (iso3, name) => {
		expect(checkFactsNames([row(iso3, name)], 'f.csv')).toEqual([]);
	});

	it.each([
		['AUT', '<img src=x onerror=alert(1)>Austria'],
		['AUT', '=HYPERLINK("https://example.org","Austria")'],
		['AUT', 'Austria (<b>x</b>)'],
		['AUT', 'Germany'],
		['AUT', 'Austira']
	])('%s %j is not: a warning at its line naming the known name', (iso3, name) => {
		expect(checkFactsNames([row(iso3, name)], 'f.csv')).toEqual([
			{
				severity: 'warning',
				file: 'f.csv',
				line: 7,
				message: `the name "${name}" is not a known name of AUT (Austria); the map shows it as written`,
				hint: "write the state's common English name, e.g. Austria, or check the iso3 code"
			}
		]);
	});
});
