import { describe, expect, it } from 'vitest';
import { readRecognizesPalestine } from './readRecognizesPalestine';
import { sentencesOf, termsOf } from './testSentences';

const read = (iso3: string, prose: string) => {
	const r = readRecognizesPalestine(sentencesOf(prose), termsOf(iso3));
	return [r.value, r.date ?? null];
};

/** Each rule, and the sentences that motivated it: [rule, country, prose, value, date]. */
const RULES: [string, string, string, string, string | null][] = [
	[
		'verb, with a day',
		'PAK',
		'Pakistan recognized the Palestinian Authority on 16 November 1988.',
		'yes',
		'1988-11-16'
	],
	[
		'verb, the date after the verb (not the declaration’s)',
		'PAK',
		'After the Declaration of Independence on November 15, 1988, Pakistan recognized the State of Palestine on November 16, 1988.',
		'yes',
		'1988-11-16'
	],
	[
		'verb, statehood, with a month',
		'PAK',
		'Pakistan officially recognized Palestinian statehood in November 1988.',
		'yes',
		'1988-11'
	],
	['verb, with a year', 'PAK', 'Pakistan recognised Palestine in 1988.', 'yes', '1988'],
	['verb, present, no date', 'PAK', 'Pakistan recognises the State of Palestine.', 'yes', null],
	['negated (perfect)', 'JPN', 'Japan has not recognised the State of Palestine.', 'no', null],
	['negated (present)', 'JPN', 'Japan does not recognize Palestine as a state.', 'no', null],
	['negated (yet to)', 'JPN', 'Japan has yet to recognise the State of Palestine.', 'no', null],
	[
		'conditional',
		'JPN',
		'Japan will recognize the State of Palestine when the time is right.',
		'unknown',
		null
	],
	[
		'the PLO as representative is not the State',
		'JPN',
		'Japan recognized the PLO as the representative of the Palestinian people in 1976.',
		'unknown',
		null
	],
	[
		'the PLO as representative (passive)',
		'JPN',
		'The PLO was recognized as the sole legitimate representative of the Palestinians.',
		'unknown',
		null
	],
	[
		'the Palestine Liberation Organization is not the State',
		'JPN',
		'Japan recognized the Palestine Liberation Organization in 1977.',
		'unknown',
		null
	],
	[
		'the 1948 declaration is not the State',
		'JPN',
		'Japan recognized the Palestinian declaration of independence in October 1948.',
		'unknown',
		null
	],
	['Palestine is the subject', 'JPN', 'Palestine recognized Japan in 1990.', 'unknown', null],
	[
		'another country is the subject',
		'JPN',
		'France recognised the State of Palestine in 2025; Japan did not.',
		'unknown',
		null
	],
	[
		'urging others',
		'JPN',
		'Japan urged others to recognise the State of Palestine.',
		'unknown',
		null
	]
];

describe('readRecognizesPalestine', () => {
	it.each(RULES)('%s: %s %j → %s (%s)', (_rule, iso3, prose, value, date) => {
		expect(read(iso3, prose)).toEqual([value, date]);
	});
});
