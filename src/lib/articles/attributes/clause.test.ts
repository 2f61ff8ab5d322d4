import { describe, expect, it } from 'vitest';
import { clauseBefore } from './clause';
import { frontedDate } from './date';
import { sentencesOf } from './testSentences';

/** The clause that ends where `word` starts. */
const clause = (text: string, word: string) =>
	clauseBefore(sentencesOf(text)[0]!, text.indexOf(word));

describe('clauseBefore', () => {
	it.each([
		['after ";"', 'Egypt did; Chad recognised Israel.', 'recognised', 'Chad '],
		['after ", but"', 'Egypt did, but Chad recognised Israel.', 'recognised', 'Chad '],
		[
			'after a bare "while" before a subject',
			'Chad has an office in Ramallah while Palestine maintains an embassy.',
			'maintains',
			'Palestine '
		],
		[
			'after ", and" before a new subject',
			'Chad has an office in Ramallah, and Palestine has a mission in Ndjamena.',
			'has a mission',
			'Palestine '
		],
		[
			'not after ", and" before a verb',
			'Chad opened an office in 1990, and recognised Israel in 1960.',
			'recognised',
			'Chad opened an office in 1990, and '
		],
		[
			'not after "while" before a verb',
			'Chad opened an office while negotiating with Israel.',
			'negotiating',
			'Chad opened an office while '
		],
		[
			'after a fronted "while" clause',
			'While Palestine has an embassy in Oslo, Norway has an office.',
			'has an office',
			'Norway '
		],
		['without a fronted date', 'In 1988, Chad recognised Palestine.', 'recognised', 'Chad '],
		[
			'without a fronted date and no comma',
			'In May 1990 Chad recognised Palestine.',
			'recognised',
			'Chad '
		]
	])('%s', (_rule, text, word, expected) => {
		expect(clause(text, word)).toBe(expected);
	});

	it('looks back a bounded distance, so a long sentence is read in linear time', () => {
		const text = `Chad ${'and more words '.repeat(100)}recognised Palestine.`;
		expect(clause(text, 'recognised').length).toBeLessThanOrEqual(500);
	});
});

describe('frontedDate', () => {
	it.each([
		['On 6 December 2010, Argentina recognised Palestine.', '2010-12-06'],
		['In 1988, Senegal recognised Palestine and in 1989 Arafat visited.', '1988'],
		['In 1988 Saudi Arabia recognised Palestine.', '1988'],
		['After the declaration on 15 November 1988, Chad recognised Palestine.', undefined]
	])('%j → %s', (text, date) => {
		expect(frontedDate(sentencesOf(text)[0]!, text.indexOf('recognised'))).toBe(date);
	});
});
