import { describe, expect, it } from 'vitest';
import { ATLAS } from './testAtlas';
import { toCountryIndex } from './toCountryIndex';
import { toMapIndex } from './toMapIndex';

describe('toMapIndex', () => {
	const full = toCountryIndex(ATLAS);
	const index = toMapIndex(ATLAS);
	it('keeps every country, in the same order, with its name, article flag and statehood', () => {
		expect(index.map((c) => c.iso3)).toEqual(full.map((c) => c.iso3));
		index.forEach((country, i) => {
			expect(country.name).toBe(full[i]!.name);
			expect(country.hasArticle).toBe(full[i]!.hasArticle);
			expect(country.statehood).toEqual(full[i]!.statehood);
		});
	});
	it("keeps each attribute's value and date, and nothing else of it", () => {
		index.forEach((country, i) => {
			for (const [id, attribute] of Object.entries(full[i]!.attributes)) {
				const thin = country.attributes[id as keyof typeof country.attributes];
				expect(thin).toEqual(
					attribute.date
						? { value: attribute.value, date: attribute.date }
						: { value: attribute.value }
				);
			}
		});
		// The test atlas has sourced values with dates and cities: they are really dropped.
		const all = index.flatMap((c) => Object.values(c.attributes));
		expect(all.some((a) => a.date)).toBe(true);
		expect(all.every((a) => Object.keys(a).every((k) => k === 'value' || k === 'date'))).toBe(true);
	});
	it('drops the search names, title and lead', () => {
		for (const country of index) {
			expect(Object.keys(country).sort()).toEqual(
				[
					'attributes',
					'hasArticle',
					'iso3',
					'name',
					...(country.statehood ? ['statehood'] : [])
				].sort()
			);
		}
	});
});
