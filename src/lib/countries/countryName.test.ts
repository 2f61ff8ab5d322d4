import { describe, expect, it } from 'vitest';
import { countryCapitals } from './countryCapitals';
import { countryDemonyms } from './countryDemonyms';
import { countryName } from './countryName';
import { capitalToCountry } from './capitalToCountry';

describe('countryName', () => {
	it.each([
		['CIV', 'Ivory Coast'],
		['XKX', 'Kosovo'],
		['PSE', 'Palestine'],
		['MMR', 'Myanmar'],
		['BGD', 'Bangladesh'],
		['UNK', undefined],
		['XXX', undefined]
	])('%s → %s', (iso3, expected) => {
		expect(countryName(iso3)).toBe(expected);
	});
});

describe('countryDemonyms', () => {
	it.each([
		['BGD', 'Bangladeshi'],
		['PAK', 'Pakistani'],
		['MYS', 'Malaysian'],
		['BHR', 'Bahraini'],
		['KAZ', 'Kazakh'],
		['MDV', 'Maldivian'],
		['PHL', 'Philippine'],
		['ATG', 'Barbudan'],
		['KNA', 'Nevisian']
	])('%s → %s', (iso3, demonym) => {
		expect(countryDemonyms(iso3)).toContain(demonym);
	});
	it("splits the library's compound forms", () =>
		expect(countryDemonyms('BIH')).toEqual(['Bosnian', 'Herzegovinian']));
	it('unknown → []', () => expect(countryDemonyms('XXX')).toEqual([]));
});

describe('countryCapitals', () => {
	it.each([
		['BHR', 'Manama'],
		['BGD', 'Dhaka'],
		['MYS', 'Kuala Lumpur'],
		['PAK', 'Islamabad']
	])('%s → %s', (iso3, capital) => {
		expect(countryCapitals(iso3)).toContain(capital);
	});
	it('unknown → []', () => expect(countryCapitals('XXX')).toEqual([]));
});

describe('capitalToCountry', () => {
	it.each([
		['Amman', 'JOR'],
		['Cairo', 'EGY'],
		['Dhaka', 'BGD'],
		['Kuala Lumpur', 'MYS'],
		['Ramallah', 'PSE'],
		['Karachi', undefined],
		['', undefined]
	])('%j → %s', (city, iso3) => {
		expect(capitalToCountry(city)).toBe(iso3);
	});
});
