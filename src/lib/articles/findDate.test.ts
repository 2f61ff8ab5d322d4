import { describe, expect, it } from 'vitest';
import { findDate } from './findDate';

describe('findDate', () => {
	it.each([
		['on 16 November 1988', '1988-11-16'],
		['on November 16, 1988', '1988-11-16'],
		['on November 16 1988', '1988-11-16'],
		['on the 5th of May 2011', '2011-05-05'],
		['in November 1988', '1988-11'],
		['in Nov. 1988', '1988-11'],
		['in 1988', '1988'],
		['in September 2011 and then 16 November 2012', '2011-09'],
		['between 1988 and 16 November 2012', '1988'],
		['statehood on 16 November 1988.', '1988-11-16'],
		['on 3 Sept 2001', '2001-09-03'],
		['announced on December 3, 2010, within its 1967 borders', '2010-12-03'],
		['the State of Palestine within its 1967 borders', undefined],
		['after the 1948 war', undefined],
		['trade in 2019/20', '2019'],
		['on 15th November 1988', '1988-11-15'],
		['in 12 of them', undefined],
		['no date at all', undefined],
		['', undefined]
	])('%j → %s', (text, expected) => {
		expect(findDate(text)).toBe(expected);
	});
});
