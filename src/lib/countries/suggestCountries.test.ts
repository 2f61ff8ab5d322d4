import { describe, expect, it } from 'vitest';
import { suggestCountries } from './suggestCountries';

describe('suggestCountries', () => {
	it.each([
		['Bangladsh', 'Bangladesh'],
		['Pakistn', 'Pakistan'],
		['Guinea Bisau', 'Guinea-Bissau'],
		['Czech', 'Czechia'],
		['Malasia', 'Malaysia'],
		['Turky', 'Türkiye']
	])('%j suggests %s first', (input, first) => {
		expect(suggestCountries(input)[0]).toBe(first);
	});

	it('suggests both Congos for bare "Congo"', () => {
		expect(suggestCountries('Congo', 2).sort()).toEqual(['DR Congo', 'Republic of the Congo']);
	});

	it.each([
		['Atlantis', 3],
		['Narnia', 1],
		['Bangladsh', 5]
	])('%j gives %i states', (input, n) => {
		const result = suggestCountries(input, n);
		expect(result).toHaveLength(n);
		expect(new Set(result).size).toBe(n);
	});

	it.each([[''], ['  ']])('%j gives nothing', (input) => {
		expect(suggestCountries(input)).toEqual([]);
	});
});
