import { describe, expect, it } from 'vitest';
import { ATLAS } from './testAtlas';
import { toCountryIndex } from './toCountryIndex';
import { toMapIndex } from './toMapIndex';

describe('toMapIndex', () => {
	const full = toCountryIndex(ATLAS);
	const index = toMapIndex(ATLAS);
	it('keeps every country with its values, sources and statehood', () => {
		expect(index.map((c) => c.iso3)).toEqual(full.map((c) => c.iso3));
		index.forEach((country, i) => {
			const { aliases: _a, title: _t, lead: _l, ...rest } = full[i]!;
			expect(country).toEqual(rest);
		});
		expect(index[0]!.attributes).toEqual(full[0]!.attributes);
	});
	it('drops the search names, title and lead', () => {
		for (const country of index) {
			expect(Object.keys(country)).not.toContain('aliases');
			expect(Object.keys(country)).not.toContain('title');
			expect(Object.keys(country)).not.toContain('lead');
		}
	});
});
