import { describe, expect, it } from 'vitest';
import { palestinianMissionFromRow, readPalestinianMission } from './readPalestinianMission';
import { row, sentencesOf, termsOf } from './testSentences';

const read = (iso3: string, prose: string) => {
	const r = readPalestinianMission(sentencesOf(prose), termsOf(iso3));
	return r ? [r.value, r.city ?? null] : null;
};

/** Each rule, and the sentences that motivated it: [rule, country, prose, value, city]. */
const RULES: [string, string, string, string | null, string | null][] = [
	[
		'Palestine as subject, with place',
		'BHR',
		'Palestine has an embassy in Manama, but Bahrain does not have a representative office or embassy in Palestine.',
		'embassy',
		'Manama'
	],
	[
		'"Embassy of the State of Palestine in …"',
		'BGD',
		'Palestine is represented in Bangladesh by the Embassy of the State of Palestine in Dhaka.',
		'embassy',
		'Dhaka'
	],
	[
		'"in the capital …"',
		'MYS',
		'Palestine is represented in Malaysia by an embassy in the capital Kuala Lumpur.',
		'embassy',
		'Kuala Lumpur'
	],
	[
		'the Palestinian Authority established an embassy',
		'PAK',
		'The Palestinian Authority established an embassy in Islamabad on 31 January 2017.',
		'embassy',
		'Islamabad'
	],
	[
		'a PLO office',
		'BGD',
		'Bangladesh opened a PLO office in the capital, Dhaka.',
		'other',
		'Dhaka'
	],
	['a general mission', 'JPN', 'Palestine maintains a general mission in Tokyo.', 'other', 'Tokyo'],
	[
		'a delegation, upgraded (not to an embassy)',
		'JPN',
		'The Palestinian delegation in Tokyo was upgraded in 2003.',
		'other',
		'Tokyo'
	],
	['none', 'JPN', 'There is no Palestinian embassy in Japan.', 'none', null],
	[
		"Israel's embassy",
		'BHR',
		'Protests took place outside the Israeli embassy in Bahrain.',
		null,
		null
	],
	[
		"Israel's mission",
		'PAK',
		"Israel's diplomatic mission in Washington, D.C. received information about Pakistan.",
		null,
		null
	],
	[
		'an unofficial embassy of Hamas',
		'MYS',
		'The Palestinian Cultural Organisation Malaysia acts as an unofficial embassy of Hamas.',
		null,
		null
	],
	[
		'a Palestinian embassy in another capital',
		'MYS',
		'The Palestinian embassy in Cairo hosted Malaysian students.',
		null,
		null
	],
	["the country's own embassy", 'JPN', 'Japan has an embassy in Amman.', null, null]
];

describe('readPalestinianMission', () => {
	it.each(RULES)('%s: %s %j → %s (%s)', (_rule, iso3, prose, value, city) => {
		expect(read(iso3, prose)).toEqual(value === null ? null : [value, city]);
	});
});

describe('palestinianMissionFromRow', () => {
	it.each([
		['- Mission2: Embassy of Palestine, Dhaka', 'BGD', 'embassy', 'Dhaka'],
		['- Mission1: Embassy of the State of Palestine in Japan', 'JPN', 'embassy', null],
		['- Mission1: General Delegation of Palestine, Tokyo', 'JPN', 'other', 'Tokyo'],
		['- Mission2: N/A', 'JPN', 'none', null],
		['- Mission2: Embassy of Palestine in Egypt', 'JPN', 'unknown', null]
	])('%j (%s) → %s (%s)', (raw, iso3, value, city) => {
		const r = palestinianMissionFromRow(row(raw), iso3);
		expect([r.value, r.city ?? null]).toEqual([value, city]);
	});
});
