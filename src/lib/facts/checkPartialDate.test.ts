import { describe, expect, it } from 'vitest';
import { checkPartialDate } from './checkPartialDate';

const TODAY = new Date('2026-03-15T12:00:00Z');

describe('checkPartialDate', () => {
	it.each([
		['1988', null],
		['1988-11', null],
		['1988-11-16', null],
		['2024-02-29', null],
		['2026', null],
		['2026-03', null],
		['2026-03-15', null],
		['2026-03-16', 'is in the future'],
		['2026-04', 'is in the future'],
		['2027', 'is in the future'],
		['2023-02-29', 'there is no 29 February 2023'],
		['1988-04-31', 'there is no 31 April 1988'],
		['1988-11-00', 'there is no 0 November 1988'],
		['1988-00', 'has no month 00'],
		['1988-13-01', 'has no month 13'],
		['88', 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
		['1988-1-16', 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
		['16 Nov 1988', 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
		['', 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD']
	])('%s → %s', (text, expected) => {
		expect(checkPartialDate(text, TODAY)).toBe(expected);
	});
});
