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
	],
	[
		'a fronted date belongs to its clause (not the borders of 1967)',
		'ARG',
		'On 6 December 2010, Argentina officially recognised the State of Palestine as a free and independent state within the borders of 1967.',
		'yes',
		'2010-12-06'
	],
	[
		'a fronted year, not the next clause’s',
		'SEN',
		'In 1988, Senegal recognised the State of Palestine and in 1989 Yasser Arafat visited Dakar.',
		'yes',
		'1988'
	],
	[
		'a fronted year without a comma',
		'SAU',
		'In 1988 Saudi Arabia recognised the State of Palestine, and in 1989 it hosted a meeting.',
		'yes',
		'1988'
	],
	[
		'a date inside a longer fronted phrase is not the clause’s',
		'TCD',
		'After the declaration in Algiers on 15 November 1988, Chad recognised the State of Palestine on 18 November 1988.',
		'yes',
		'1988-11-18'
	],
	[
		'the more precise date of the same recognition wins',
		'PRT',
		'Portugal recognised the State of Palestine in September 2025.\nPortugal recognised the State of Palestine on 21 September 2025.',
		'yes',
		'2025-09-21'
	],
	[
		'recognition without the verb: diplomatic relations with the State of Palestine',
		'UKR',
		'Ukraine established diplomatic relations with the State of Palestine on 15 February 1995.',
		'yes',
		'1995-02-15'
	],
	[
		'relations with the PLO are not recognition',
		'UKR',
		'Ukraine established relations with the Palestine Liberation Organization in 1975.',
		'unknown',
		null
	],
	[
		'a pledge is not recognition',
		'NZL',
		'New Zealand pledged to recognise the State of Palestine.',
		'unknown',
		null
	],
	[
		'a loose object is not the State',
		'UZB',
		'Uzbekistan recognises the legitimacy of the aspirations of Palestine.',
		'unknown',
		null
	],
	[
		'a loose object does not outrank a dated statement',
		'KAZ',
		'Kazakhstan recognises the legitimacy of the aspirations of Palestine.\nKazakhstan recognised the State of Palestine on 6 April 1992.',
		'yes',
		'1992-04-06'
	],
	[
		'the noun, the country’s',
		'ISL',
		'Iceland’s recognition of the State of Palestine came on 15 December 2011.',
		'yes',
		'2011-12-15'
	],
	[
		'the noun, reaffirmed, is not the event',
		'CUB',
		'Cuba recognised the State of Palestine on 16 November 1988.\nIn 2011 Cuba reaffirmed its recognition of Palestine.',
		'yes',
		'1988-11-16'
	],
	[
		'the noun, of others',
		'JPN',
		'Japan supports the recognition of the State of Palestine by other states.',
		'unknown',
		null
	],
	[
		'predecessor: the Soviet Union',
		'RUS',
		'The Soviet Union recognised the State of Palestine on 18 November 1988.',
		'yes',
		'1988-11-18'
	],
	[
		'"recognised it": the pronoun stands for Palestine, named last before it',
		'FRA',
		'President Emmanuel Macron announced in July 2025 that France would recognise the State of Palestine, and France recognised it at the United Nations on 22 September 2025.',
		'yes',
		'2025-09-22'
	],
	[
		'"recognised it": the pronoun stands for Israel, named last before it',
		'FRA',
		'France voted on Palestine in 1947; it supported Israel and recognised it in 1949.',
		'unknown',
		null
	],
	[
		'"recognised the new state" after a Palestinian declaration, dated by the sentence',
		'DZA',
		'The Palestinian Declaration of Independence was proclaimed in Algiers on 15 November 1988, and Algeria recognised the new state the same day.',
		'yes',
		'1988-11-15'
	],
	[
		'"recognised the new state" after Israel',
		'DZA',
		'Israel declared its independence in 1948, and Algeria never recognised the new state.',
		'unknown',
		null
	]
];

describe('readRecognizesPalestine', () => {
	it.each(RULES)('%s: %s %j → %s (%s)', (_rule, iso3, prose, value, date) => {
		expect(read(iso3, prose)).toEqual([value, date]);
	});
});
