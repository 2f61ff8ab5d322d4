import { describe, expect, it } from 'vitest';
import { readRecognizesIsrael } from './readRecognizesIsrael';
import { sentencesOf, termsOf } from './testSentences';

const read = (iso3: string, prose: string) =>
	readRecognizesIsrael(sentencesOf(prose), termsOf(iso3)).value;

/** Each rule, and the sentences that motivated it: [rule, country, prose, value]. */
const RULES: [string, string, string, string][] = [
	['verb, negated', 'PAK', 'Pakistan does not recognize the State of Israel.', 'no'],
	['verb, negated (contraction)', 'PAK', 'Pakistan doesn’t recognise Israel.', 'no'],
	['verb, negated (perfect)', 'PAK', 'Pakistan has not recognised Israel.', 'no'],
	[
		'verb, refused until a condition',
		'MYS',
		'Malaysia also refuses to recognise the State of Israel until a peace agreement is reached.',
		'no'
	],
	[
		'verb, negated until a condition (present, and a refusal after it)',
		'BRN',
		'Brunei does not recognise Israel and refuses to do so until the Palestinian issue is resolved.',
		'no'
	],
	[
		'verb, negated until a condition (would not)',
		'OMN',
		'Oman would not recognise Israel until an independent Palestine is established.',
		'no'
	],
	[
		'the noun, "its recognition of", in a sentence that does not name the country',
		'ESP',
		'Full diplomatic relations followed in January 1986, following its recognition of the State of Israel.',
		'yes'
	],
	[
		'the noun, by Israel (Israel recognised the country)',
		'ESP',
		'The new government welcomed its recognition by Israel in 1949.',
		'unknown'
	],
	[
		'the noun, of the PLO',
		'ESP',
		'The PLO signed the Oslo Accords in 1993, following its recognition of Israel.',
		'unknown'
	],
	[
		'verb, rejected (gerund)',
		'PAK',
		'Successive Pakistani governments have rejected recognizing Israel.',
		'no'
	],
	['verb, plain past', 'TUR', 'Turkey recognized Israel in March 1949.', 'yes'],
	[
		'verb, past recognition outlives strained relations',
		'TUR',
		'Turkey recognized Israel in 1949. Relations with Israel are strained and Turkey recalled its ambassador to Israel.',
		'yes'
	],
	[
		'verb, "did not … until" is history that ended in recognition',
		'IND',
		'India did not recognise Israel until 1950.',
		'yes'
	],
	[
		'verb, yes then relations later',
		'IND',
		'India recognised Israel in 1950 but did not establish full relations until 1992.',
		'yes'
	],
	[
		'verb, conditional (will … if)',
		'PAK',
		'Musharraf stated that Pakistan will recognize Israel if it withdraws.',
		'unknown'
	],
	[
		'verb, conditional (would … once)',
		'PAK',
		'Pakistan would recognise Israel once a Palestinian state exists.',
		'unknown'
	],
	['verb, Israel is the subject', 'BGD', 'Bangladesh rejected recognition from Israel.', 'unknown'],
	[
		'present outranks past',
		'PAK',
		'Pakistan established relations with Israel in 1950. Pakistan does not recognize Israel today.',
		'no'
	],
	[
		'present outranks past (verb)',
		'JPN',
		'Japan recognised Israel in 1952. Japan does not recognize Israel as the owner of the Golan Heights.',
		'no'
	],
	[
		'no relations with "it" (Israel)',
		'BGD',
		'Bangladesh has a complete ban on trade with the State of Israel and has no diplomatic relations with it.',
		'no'
	],
	[
		'no relations, with someone else',
		'BGD',
		'Bangladesh has no diplomatic relations with Palestine.',
		'unknown'
	],
	[
		'never had relations',
		'BGD',
		'Bangladesh has never had diplomatic relations with Israel.',
		'no'
	],
	[
		'relations with Israel',
		'JPN',
		'Japan established diplomatic relations with Israel in 1952.',
		'yes'
	],
	[
		'relations with Israel (present)',
		'TUR',
		'In 2024 Turkey imposed a trade ban on Israel. Turkey maintains diplomatic relations with Israel.',
		'yes'
	],
	[
		'relations suspended is not a reading',
		'TUR',
		'In 2024 Turkey imposed a trade ban on Israel and suspended relations with Israel.',
		'unknown'
	],
	[
		'X and Israel exchanged ambassadors',
		'BHR',
		'Bahrain and Israel exchanged ambassadors in 2021.',
		'yes'
	],
	['Abraham Accords', 'BHR', 'Bahrain signed the Abraham Accords in 2020.', 'yes'],
	[
		'normalization agreement',
		'BHR',
		'Relations deteriorated due to the Bahrain–Israel normalization agreement.',
		'yes'
	],
	[
		'normalization opposed',
		'BHR',
		'Bahrain opposed normalization with Israel for decades.',
		'unknown'
	],
	[
		'peace treaty of another country',
		'JPN',
		'Egypt signed a peace treaty with Israel in 1979. Japan welcomed it.',
		'unknown'
	],
	[
		"Israel's mission is not the country's relations",
		'PAK',
		"Israel's diplomatic mission in Washington, D.C. received news about Pakistan.",
		'unknown'
	],
	[
		'an Israeli embassy in the country',
		'BHR',
		'Protests took place outside the Israeli embassy in Bahrain.',
		'unknown'
	],
	['condemnation is no reading', 'PAK', 'Pakistan condemned Israel.', 'unknown'],
	[
		'a relationship with Israel',
		'EGY',
		'Egypt has maintained a good relationship with Israel since the Camp David Accords.',
		'yes'
	],
	[
		'a relationship with Israel, of another country',
		'SDN',
		'Egypt has maintained a good relationship with Israel since the Camp David Accords.',
		'unknown'
	],
	[
		'the establishment of relations between the country and Israel',
		'IND',
		'Trade grew since the establishment of diplomatic relations between India and Israel in 1992.',
		'yes'
	],
	[
		'the establishment of relations between another country and Israel',
		'IND',
		'Trade grew since the establishment of diplomatic relations between China and Israel in 1992.',
		'unknown'
	],
	[
		'diplomatic ties with Israel',
		'IND',
		'India established diplomatic ties with Israel in 1992.',
		'yes'
	],
	[
		'short form: ROK',
		'KOR',
		'The ROK established diplomatic relations with Israel in 1962.',
		'yes'
	],
	[
		'short form: PRC',
		'CHN',
		'The PRC established diplomatic relations with Israel in 1992.',
		'yes'
	],
	['short form: DPRK', 'PRK', 'The DPRK does not recognise Israel.', 'no'],
	[
		'short form: UAE',
		'ARE',
		'The UAE established diplomatic relations with Israel in 2020.',
		'yes'
	],
	['short form: KSA', 'SAU', 'KSA does not recognise Israel.', 'no'],
	['short form: the Kingdom', 'SAU', 'The Kingdom has never recognised Israel.', 'no'],
	[
		'"the Kingdom of …" is another kingdom',
		'SAU',
		'The Kingdom of Jordan recognised Israel in 1994.',
		'unknown'
	],
	['predecessor: the USSR', 'RUS', 'The USSR recognised Israel in May 1948.', 'yes'],
	['predecessor, of another country', 'UKR', 'The USSR recognised Israel in May 1948.', 'unknown'],
	[
		'relations broken off say nothing of recognition (sources differ)',
		'COL',
		'Colombia broke off diplomatic relations with Israel in May 2024 over the war in Gaza.',
		'unknown'
	],
	[
		'relations restored imply recognition',
		'COL',
		'Colombia restored diplomatic relations with Israel in 1992.',
		'yes'
	],
	[
		'a "partition plan" is not a plan of the country\'s',
		'BRA',
		'Brazil had been among the countries that voted for the partition plan in 1947 and established relations with Israel in 1949.',
		'yes'
	],
	[
		'the country\'s adjective as subject ("The Kazakh government")',
		'KAZ',
		'The Kazakh government also established diplomatic relations with Israel in 1992.',
		'yes'
	]
];

describe('readRecognizesIsrael', () => {
	it.each(RULES)('%s: %s %j → %s', (_rule, iso3, prose, value) => {
		expect(read(iso3, prose)).toBe(value);
	});

	it('keeps the sentence and its line as evidence', () => {
		expect(
			readRecognizesIsrael(
				sentencesOf('Nothing.\nPakistan does not recognize the State of Israel.'),
				termsOf('PAK')
			)
		).toEqual({
			value: 'no',
			source: 'text',
			evidence: 'Pakistan does not recognize the State of Israel.',
			line: 101
		});
	});
});
