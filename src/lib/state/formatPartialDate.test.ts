import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './formatPartialDate';

describe('formatPartialDate', () => {
	it.each([
		['1988-11-16', '16 November 1988'],
		['1988-11-01', '1 November 1988'],
		['1988-11', 'November 1988'],
		['1989', '1989'],
		['2025-13', '2025-13'],
		['soon', 'soon'],
		[' 2011 ', '2011']
	])('%s → %s', (input, expected) => expect(formatPartialDate(input)).toBe(expected));
});
