import { describe, expect, it } from 'vitest';
import type { Attribute, Reading } from '../types';
import { mergeReading } from './mergeReading';

const facts = (value: string, date?: string): Reading => ({
	value,
	...(date ? { date } : {}),
	source: 'facts',
	evidence: `cell=${value}`,
	line: 19,
	cite: 'AJ-WAFA',
	asOf: '2026-03'
});
const article = (value: string, extra: Partial<Reading> = {}): Reading => ({
	value,
	source: 'text',
	evidence: 'A sentence.',
	line: 12,
	...extra
});
const UNKNOWN: Reading = { value: 'unknown' };

describe('mergeReading', () => {
	const cases: [string, Reading | undefined, Reading | undefined, Attribute][] = [
		['nothing known', undefined, undefined, { value: 'unknown' }],
		['article unknown, no facts', UNKNOWN, undefined, UNKNOWN],
		['article only', article('yes'), undefined, article('yes')],
		['facts only', undefined, facts('no'), facts('no')],
		['facts beat an unknown article', UNKNOWN, facts('yes', '1988'), facts('yes', '1988')],
		[
			'a known article beats a facts unknown',
			article('embassy', { city: 'Dhaka' }),
			{ value: 'unknown' },
			article('embassy', { city: 'Dhaka' })
		],
		[
			'values differ: facts win, article kept as conflict',
			article('no'),
			facts('yes'),
			{ ...facts('yes'), conflict: article('no') }
		],
		[
			'days differ: a conflict',
			article('yes', { date: '1988-11-15' }),
			facts('yes', '1988-11-16'),
			{ ...facts('yes', '1988-11-16'), conflict: article('yes', { date: '1988-11-15' }) }
		],
		[
			'years differ: a conflict',
			article('yes', { date: '1989' }),
			facts('yes', '1988-11-16'),
			{ ...facts('yes', '1988-11-16'), conflict: article('yes', { date: '1989' }) }
		],
		[
			'a year-only article date agrees with a day: the more precise facts stay',
			article('yes', { date: '1988' }),
			facts('yes', '1988-11-16'),
			{ ...facts('yes', '1988-11-16'), agreement: article('yes', { date: '1988' }) }
		],
		[
			'an undated article agrees with a dated row',
			article('yes'),
			facts('yes', '1988-11-16'),
			{ ...facts('yes', '1988-11-16'), agreement: article('yes') }
		],
		[
			'same value and date: the table',
			article('yes', { date: '1988-11-16' }),
			facts('yes', '1988-11-16'),
			{ ...facts('yes', '1988-11-16'), agreement: article('yes', { date: '1988-11-16' }) }
		],
		[
			'a more precise article date that agrees: the article',
			article('yes', { date: '1989-03-02' }),
			facts('yes', '1989'),
			{ ...article('yes', { date: '1989-03-02' }), agreement: facts('yes', '1989') }
		],
		[
			'same mission, article gives a city: the article (keeps the city)',
			article('embassy', { city: 'Dhaka', source: 'infobox' }),
			facts('embassy'),
			{ ...article('embassy', { city: 'Dhaka', source: 'infobox' }), agreement: facts('embassy') }
		],
		[
			'different mission, article gives a city: facts win',
			article('other', { city: 'Oslo' }),
			facts('embassy'),
			{ ...facts('embassy'), conflict: article('other', { city: 'Oslo' }) }
		]
	];

	it.each(cases)('%s', (_, fromArticle, fromFacts, expected) => {
		expect(mergeReading(fromArticle, fromFacts)).toEqual(expected);
	});
});
