import { describe, expect, it } from 'vitest';
import { ISO3_CODES } from './iso3Codes';
import { isUnMember } from './isUnMember';
import { suggestIso3 } from './suggestIso3';

describe('isUnMember', () => {
	it.each([
		['BHR', true],
		['ISR', true],
		['SSD', true],
		['VAT', false],
		['PSE', false],
		['TWN', false],
		['ESH', false],
		['XKX', false]
	])('%s → %s', (iso3, expected) => {
		expect(isUnMember(iso3)).toBe(expected);
	});
});

describe('ISO3_CODES', () => {
	it.each([
		['BHR', true],
		['XKX', true],
		['ESH', true],
		['TWN', true],
		['UNK', false],
		['ATL', false],
		['bhr', false]
	])('%s → %s', (code, expected) => {
		expect(ISO3_CODES.has(code)).toBe(expected);
	});
});

describe('suggestIso3', () => {
	it.each([
		['bhr', 'Bahrain', 'BHR'],
		['BAH', 'Bahrain', 'BHR'],
		['UNK', 'Kosovo', 'XKX'],
		['XK', '', 'XKX'],
		['PK', '', 'PAK'],
		['XXX', 'Republic of Türkiye', 'TUR'],
		['ATL', 'Atlantis', null]
	])('%s (%s) → %s', (code, name, expected) => {
		expect(suggestIso3(code, name)).toBe(expected);
	});
});
