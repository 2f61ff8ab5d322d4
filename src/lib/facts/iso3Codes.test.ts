import { describe, expect, it } from 'vitest';
import { ISO3_CODES } from './iso3Codes';
import { suggestIso3 } from './suggestIso3';

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
