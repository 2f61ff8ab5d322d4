import { describe, expect, it } from 'vitest';
import { missionToPalestineFromRow, readMissionToPalestine } from './readMissionToPalestine';
import { row, sentencesOf, termsOf } from './testSentences';

const read = (iso3: string, prose: string) => {
	const r = readMissionToPalestine(sentencesOf(prose), termsOf(iso3));
	return r ? [r.value, r.city ?? null] : null;
};

/** Each rule, and the sentences that motivated it: [rule, country, prose, value, city]. */
const RULES: [string, string, string, string | null, string | null][] = [
	[
		'an office in a Palestinian city',
		'JPN',
		'Japan has a representative office in Ramallah.',
		'resident',
		'Ramallah'
	],
	[
		'opened in Gaza',
		'JPN',
		'Japan opened a representative office in Gaza in 1998.',
		'resident',
		'Gaza'
	],
	[
		'a consulate-general in Jerusalem serves Palestinians',
		'JPN',
		'Japan has a consulate-general in Jerusalem that serves Palestinians.',
		'resident',
		'Jerusalem'
	],
	[
		'an embassy in Jerusalem is to Israel',
		'JPN',
		'Japan opened an embassy in Jerusalem.',
		null,
		null
	],
	[
		'an embassy elsewhere accredited to Palestine',
		'JPN',
		"Japan's embassy in Amman is accredited to Palestine.",
		'non-resident',
		'Amman'
	],
	[
		'covered from an embassy elsewhere',
		'JPN',
		'Japan covers Palestine from its embassy in Cairo.',
		'non-resident',
		'Cairo'
	],
	[
		'an embassy elsewhere, no word of Palestine',
		'JPN',
		'Japan has an embassy in Amman.',
		null,
		null
	],
	[
		'none (does not have … in Palestine)',
		'BHR',
		'Bahrain does not have a representative office or embassy in Palestine.',
		'none',
		null
	],
	['none (has no mission in Palestine)', 'JPN', 'Japan has no mission in Palestine.', 'none', null]
];

describe('readMissionToPalestine', () => {
	it.each(RULES)('%s: %s %j → %s (%s)', (_rule, iso3, prose, value, city) => {
		expect(read(iso3, prose)).toEqual(value === null ? null : [value, city]);
	});
});

describe('missionToPalestineFromRow', () => {
	it.each([
		['- Mission1: Embassy of Bangladesh, Amman', 'non-resident', 'Amman'],
		['- Mission1: Representative Office of Japan, Ramallah', 'resident', 'Ramallah'],
		['- Mission1: Representative Office of Japan, Al-Ram', 'resident', 'Al-Ram'],
		['- Mission1: Consulate General of Japan, Jerusalem', 'resident', 'Jerusalem'],
		['- Mission1: Embassy of Japan in Jordan', 'non-resident', null],
		['- Mission1: Office of Japan in Palestine', 'resident', null],
		['- Mission1: N/A', 'none', null],
		['- Mission1: none', 'none', null]
	])('%j → %s (%s)', (raw, value, city) => {
		const r = missionToPalestineFromRow(row(raw));
		expect([r.value, r.city ?? null]).toEqual([value, city]);
	});
});
