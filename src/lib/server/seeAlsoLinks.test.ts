import { describe, expect, it } from 'vitest';
import type { CountryRecord } from '$lib/types';
import { seeAlsoHref, withSeeAlsoLinks } from './seeAlsoLinks';

const STATES = new Set(['AFG', 'BGD', 'IRN', 'ISR', 'PAK', 'MDV']);

describe('seeAlsoHref', () => {
	it.each([
		['Iran–Palestine relations', '/country/IRN'],
		['Palestine–Iran relations', '/country/IRN'],
		['Maldives-Palestine relations', '/country/MDV'],
		['Relations between Iran and the State of Palestine', '/country/IRN'],
		['Foreign relations of Palestine', '/palestine'],
		['Foreign relations of the State of Palestine', '/palestine'],
		['International recognition of Palestine', '/palestine'],
		['List of diplomatic missions of the State of Palestine', '/palestine'],
		// The article's own country, relations without Palestine, other topics: plain text.
		['Afghanistan–Palestine relations', null],
		['Bangladesh–Israel relations', null],
		['Israel–Pakistan relations', null],
		['Foreign relations of Afghanistan', null],
		['List of diplomatic missions of Bangladesh', null],
		['Embassy of Palestine, Manama', null],
		['Pan Am Flight 73', null],
		// A state the atlas does not have.
		['Ghana–Palestine relations', null]
	])('%s → %s', (item, href) => {
		expect(seeAlsoHref(item, 'AFG', STATES)).toBe(href);
	});
});

describe('withSeeAlsoLinks', () => {
	it('adds the links of the items that name an atlas page, and keeps the record', () => {
		const record = {
			iso3: 'AFG',
			name: 'Afghanistan',
			article: { seeAlso: ['Foreign relations of Afghanistan', 'Iran–Palestine relations'] }
		} as unknown as CountryRecord;
		const countries = [...STATES].map((iso3) => ({ iso3 }) as CountryRecord);
		const out = withSeeAlsoLinks(record, countries);
		expect(out.seeAlsoLinks).toEqual({ 'Iran–Palestine relations': '/country/IRN' });
		expect(out.name).toBe('Afghanistan');
		expect(record).not.toHaveProperty('seeAlsoLinks');
	});
});
