import { describe, expect, it } from 'vitest';
import { datesAgree } from './datesAgree';

describe('datesAgree', () => {
	it.each([
		['1988', '1988-11-16', true],
		['1988-11', '1988-11-16', true],
		['1988-11-16', '1988-11-16', true],
		['1988-11-16', '1988', true],
		[undefined, '1988-11-16', true],
		['1988', undefined, true],
		['1988-11-15', '1988-11-16', false],
		['1988-12', '1988-11-16', false],
		['1989', '1988-11-16', false],
		['1988-11', '1988-12', false]
	])('%s vs %s → %s', (a, b, expected) => {
		expect(datesAgree(a, b)).toBe(expected);
	});
});
