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
	['none (has no mission in Palestine)', 'JPN', 'Japan has no mission in Palestine.', 'none', null],
	[
		'bare "whereas": each clause its own subject',
		'SWE',
		'Palestine has an embassy in Stockholm whereas Sweden has a consulate-general in Jerusalem.',
		'resident',
		'Jerusalem'
	],
	[
		'a fronted "while" clause is not the subject',
		'NOR',
		'While Palestine has an embassy in Oslo, Norway has a representative office in Al-Ram.',
		'resident',
		'Al-Ram'
	],
	[
		'plans are not facts',
		'MEX',
		'In 2024 Mexico announced plans to open an embassy in Ramallah.',
		null,
		null
	],
	[
		'a plan mentioned after the fact',
		'MEX',
		'In 2024 Mexico opened the representative office in Ramallah that it had planned for years.',
		'resident',
		'Ramallah'
	],
	[
		'a non-resident ambassador of the country to Palestine, with city',
		'MDV',
		'In 2015 the Maldives appointed the non-resident ambassador of the Maldives to Palestine, stationed in Amman.',
		'non-resident',
		'Amman'
	],
	[
		'a non-resident ambassador stationed in a country (no city)',
		'MDV',
		'The Maldives appointed a non-resident ambassador of the Maldives to Palestine, stationed in Jordan.',
		'non-resident',
		null
	],
	[
		'a non-resident envoy with no fixed presence',
		'TUV',
		'Tuvalu is represented in Palestine by a non-resident envoy with no fixed presence.',
		'non-resident',
		null
	],
	[
		'the ambassador to Palestine is non-resident',
		'GHA',
		'The Ghanaian ambassador to Palestine is non-resident and based in Cairo.',
		'non-resident',
		'Cairo'
	],
	[
		'a non-resident envoy named by the country\'s adjective, after "no embassy in Palestine"',
		'MDV',
		'The Maldives has no embassy in Palestine; the non-resident Maldivian ambassador to Palestine is based in Amman.',
		'non-resident',
		'Amman'
	],
	[
		"a non-resident envoy named by another country's adjective",
		'MDV',
		'The non-resident Sri Lankan ambassador to Palestine is based in Amman.',
		null,
		null
	],
	[
		"Palestine's non-resident envoy is not the country's",
		'MDV',
		'Palestine is represented in the Maldives by the non-resident ambassador of Palestine to the Maldives, stationed in Colombo.',
		null,
		null
	],
	[
		'"has no representation in Palestine"',
		'UGA',
		'Uganda has no representation in Palestine.',
		'none',
		null
	],
	[
		'a representation that is not a mission ("its representation at the UN")',
		'UGA',
		'Uganda increased its representation at the United Nations in 2010.',
		null,
		null
	],
	[
		'a date fronted without a comma, and a comma later ("In 2023 X appointed its ambassador to Jordan, …")',
		'SAU',
		'In 2023 Saudi Arabia appointed its ambassador to Jordan, Nayef Al-Sudairi, as non-resident ambassador to Palestine.',
		'non-resident',
		null
	]
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
		['- Mission1: none', 'none', null],
		['- Mission1: Vietnamese Embassy, Cairo, Egypt, (accredited)', 'non-resident', 'Cairo'],
		['- Mission1: Embassy of Laos, Cairo, Egypt (non-resident)', 'non-resident', 'Cairo'],
		['- Mission1: Embassy of Vietnam in Cairo, Egypt', 'non-resident', 'Cairo'],
		['- Mission1: Representative Office of Vietnam, Ramallah, Palestine', 'resident', 'Ramallah']
	])('%j → %s (%s)', (raw, value, city) => {
		const r = missionToPalestineFromRow(row(raw));
		expect([r.value, r.city ?? null]).toEqual([value, city]);
	});
});
