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
	["the country's own embassy", 'JPN', 'Japan has an embassy in Amman.', null, null],
	[
		'bare "while": each clause its own subject',
		'ARE',
		'The United Arab Emirates has a liaison office in Ramallah while Palestine maintains an embassy in Abu Dhabi.',
		'embassy',
		'Abu Dhabi'
	],
	[
		'a Special Delegation office',
		'CAN',
		'Palestine has a Special Delegation office in Ottawa.',
		'other',
		'Ottawa'
	],
	[
		'an "Information office" the PLO was allowed to open',
		'LKA',
		'In 1975 Sri Lanka allowed the PLO to open an "Information office" in Colombo.',
		'other',
		'Colombo'
	],
	[
		'the city later in the sentence, after a scope ("the first in South Asia")',
		'LKA',
		'In 1990 the PLO opened a Palestinian embassy, the first in South Asia, in Colombo.',
		'embassy',
		'Colombo'
	],
	[
		'upgraded … to an embassy (verb before the noun)',
		'NOR',
		'Norway upgraded the Palestinian mission in Oslo to an embassy in December 2010.',
		'embassy',
		'Oslo'
	],
	[
		'raised … to the status of an embassy',
		'DNK',
		'In 2014 Denmark raised the Palestinian delegation in Copenhagen to the status of an embassy.',
		'embassy',
		'Copenhagen'
	],
	[
		'upgraded to something else',
		'NOR',
		'Norway upgraded the Palestinian mission in Oslo to a general delegation in 1999.',
		'other',
		'Oslo'
	],
	[
		'no embassy in the capital: none in the country',
		'CMR',
		'Palestine has no embassy in Yaoundé and is represented by its embassy in Abuja, Nigeria.',
		'none',
		null
	],
	[
		'no embassy in another capital says nothing of this country',
		'CMR',
		'Palestine has no embassy in Libreville.',
		null,
		null
	],
	[
		'closed, and reopened in the next sentence',
		'KWT',
		'The Palestinian embassy in Kuwait City was closed in 1991. It was reopened in 2013.',
		'embassy',
		'Kuwait City'
	],
	[
		'closed, and reopened later in the sentence',
		'KWT',
		'The Palestinian embassy in Kuwait City was closed in 1991 and reopened in 2013.',
		'embassy',
		'Kuwait City'
	],
	[
		'closed, and not reopened',
		'KWT',
		'The Palestinian embassy in Kuwait City was closed in 1991. It has not reopened since.',
		'none',
		null
	],
	[
		'a planned embassy is no mission',
		'MEX',
		'In 2023 Palestine announced plans to open an embassy in Mexico City.',
		null,
		null
	]
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
