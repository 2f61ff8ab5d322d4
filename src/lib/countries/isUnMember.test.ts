import { describe, expect, it } from 'vitest';
import { isUnMember } from './isUnMember';

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
