import { describe, expect, it } from 'vitest';
import type { AttributeId } from '../types';
import { articleToAttributes, type AttributeInput } from './articleToAttributes';
import type { RawInfoboxRow } from './types';

const COUNTRIES: Record<string, string> = {
	PAK: 'Pakistan',
	BHR: 'Bahrain',
	BGD: 'Bangladesh',
	MYS: 'Malaysia',
	TUR: 'Türkiye',
	USA: 'United States',
	IND: 'India',
	JPN: 'Japan'
};

function input(
	iso3: string,
	prose: string,
	infobox: string[] = [],
	countryParty: 1 | 2 = 1
): AttributeInput {
	const rows: RawInfoboxRow[] = infobox.map((raw, i) => {
		const [key, ...value] = raw.replace(/^- /, '').split(':');
		return { key: key!.trim(), value: value.join(':').trim(), line: i + 1, raw };
	});
	return {
		file: 'f.txt',
		country: { iso3, name: COUNTRIES[iso3]! },
		countryParty,
		infobox: rows,
		paragraphs: prose
			.split('\n')
			.map((text, i) => ({ text, line: 100 + i, breaks: [], section: null }))
	};
}

function read(id: AttributeId, iso3: string, prose: string, infobox?: string[], party?: 1 | 2) {
	const r = articleToAttributes(input(iso3, prose, infobox, party)).attributes[id];
	return [r.value, r.date ?? r.city ?? null];
}

describe('articleToAttributes: recognizesIsrael', () => {
	it.each([
		['PAK', 'Pakistan does not recognize the State of Israel.', 'no'],
		['PAK', 'Pakistan doesn’t recognise Israel.', 'no'],
		[
			'MYS',
			'Malaysia also refuses to recognise the State of Israel until a peace agreement is reached.',
			'no'
		],
		[
			'BGD',
			'Bangladesh has a complete ban on trade with the State of Israel and has no diplomatic relations with it.',
			'no'
		],
		['BGD', 'Bangladesh has never had diplomatic relations with Israel.', 'no'],
		['PAK', 'Successive Pakistani governments have rejected recognizing Israel.', 'no'],
		['PAK', 'Pakistan has not recognised Israel.', 'no'],
		['PAK', 'Musharraf stated that Pakistan will recognize Israel if it withdraws.', 'unknown'],
		['PAK', 'Pakistan would recognise Israel once a Palestinian state exists.', 'unknown'],
		[
			'PAK',
			"Israel's diplomatic mission in Washington, D.C. received news about Pakistan.",
			'unknown'
		],
		['PAK', 'Pakistan condemned Israel.', 'unknown'],
		['BGD', 'Bangladesh rejected recognition from Israel.', 'unknown'],
		['BGD', 'Bangladesh has no diplomatic relations with Palestine.', 'unknown'],
		['TUR', 'Turkey recognized Israel in March 1949.', 'yes'],
		[
			'TUR',
			'Turkey recognized Israel in 1949. Relations with Israel are strained and Turkey recalled its ambassador to Israel.',
			'yes'
		],
		[
			'TUR',
			'In 2024 Turkey imposed a trade ban on Israel. Turkey maintains diplomatic relations with Israel.',
			'yes'
		],
		[
			'TUR',
			'In 2024 Turkey imposed a trade ban on Israel and suspended relations with Israel.',
			'unknown'
		],
		['BHR', 'Relations deteriorated due to the Bahrain–Israel normalization agreement.', 'yes'],
		['BHR', 'Bahrain signed the Abraham Accords in 2020.', 'yes'],
		['BHR', 'Bahrain and Israel exchanged ambassadors in 2021.', 'yes'],
		['BHR', 'Protests took place outside the Israeli embassy in Bahrain.', 'unknown'],
		['BHR', 'Bahrain opposed normalization with Israel for decades.', 'unknown'],
		['JPN', 'Japan established diplomatic relations with Israel in 1952.', 'yes'],
		['JPN', 'Egypt signed a peace treaty with Israel in 1979. Japan welcomed it.', 'unknown'],
		[
			'IND',
			'India recognised Israel in 1950 but did not establish full relations until 1992.',
			'yes'
		],
		['IND', 'India did not recognise Israel until 1950.', 'unknown'],
		[
			'PAK',
			'Pakistan established relations with Israel in 1950. Pakistan does not recognize Israel today.',
			'no'
		],
		[
			'JPN',
			'Japan recognised Israel in 1952. Japan does not recognize Israel as the owner of the Golan Heights.',
			'no'
		]
	])('%s: %j → %s', (iso3, prose, value) => {
		expect(read('recognizesIsrael', iso3, prose)[0]).toBe(value);
	});
});

describe('articleToAttributes: recognizesPalestine', () => {
	it.each([
		[
			'PAK',
			'Pakistan recognized the Palestinian Authority on 16 November 1988.',
			'yes',
			'1988-11-16'
		],
		[
			'PAK',
			'After the Declaration of Independence on November 15, 1988, Pakistan recognized the State of Palestine on November 16, 1988.',
			'yes',
			'1988-11-16'
		],
		[
			'PAK',
			'Pakistan officially recognized Palestinian statehood in November 1988.',
			'yes',
			'1988-11'
		],
		['PAK', 'Pakistan recognised Palestine in 1988.', 'yes', '1988'],
		['PAK', 'Pakistan recognises the State of Palestine.', 'yes', null],
		['JPN', 'Japan has not recognised the State of Palestine.', 'no', null],
		['JPN', 'Japan does not recognize Palestine as a state.', 'no', null],
		['JPN', 'Japan has yet to recognise the State of Palestine.', 'no', null],
		['JPN', 'Japan will recognize the State of Palestine when the time is right.', 'unknown', null],
		[
			'JPN',
			'Japan recognized the PLO as the representative of the Palestinian people in 1976.',
			'unknown',
			null
		],
		[
			'JPN',
			'The PLO was recognized as the sole legitimate representative of the Palestinians.',
			'unknown',
			null
		],
		['JPN', 'Japan recognized the Palestine Liberation Organization in 1977.', 'unknown', null],
		[
			'JPN',
			'Japan recognized the Palestinian declaration of independence in October 1948.',
			'unknown',
			null
		],
		['JPN', 'Palestine recognized Japan in 1990.', 'unknown', null],
		['JPN', 'France recognised the State of Palestine in 2025; Japan did not.', 'unknown', null],
		['JPN', 'Japan urged others to recognise the State of Palestine.', 'unknown', null]
	])('%s: %j → %s (%s)', (iso3, prose, value, date) => {
		expect(read('recognizesPalestine', iso3, prose)).toEqual([value, date]);
	});

	it('hosting a Palestinian embassy implies yes, with the embassy as evidence', () => {
		const r = articleToAttributes(input('BGD', 'Palestine has an embassy in Dhaka.')).attributes;
		expect(r.recognizesPalestine).toEqual({
			value: 'yes',
			source: 'text',
			evidence: 'Palestine has an embassy in Dhaka.',
			line: 100
		});
	});
});

describe('articleToAttributes: palestinianMission', () => {
	it.each([
		[
			'BHR',
			'Palestine has an embassy in Manama, but Bahrain does not have a representative office or embassy in Palestine.',
			'embassy',
			'Manama'
		],
		[
			'BGD',
			'Palestine is represented in Bangladesh by the Embassy of the State of Palestine in Dhaka.',
			'embassy',
			'Dhaka'
		],
		[
			'MYS',
			'Palestine is represented in Malaysia by an embassy in the capital Kuala Lumpur.',
			'embassy',
			'Kuala Lumpur'
		],
		[
			'PAK',
			'The Palestinian Authority established an embassy in Islamabad on 31 January 2017.',
			'embassy',
			'Islamabad'
		],
		['BGD', 'Bangladesh opened a PLO office in the capital, Dhaka.', 'other', 'Dhaka'],
		['JPN', 'Palestine maintains a general mission in Tokyo.', 'other', 'Tokyo'],
		['JPN', 'The Palestinian delegation in Tokyo was upgraded in 2003.', 'other', 'Tokyo'],
		['JPN', 'There is no Palestinian embassy in Japan.', 'none', null],
		['BHR', 'Protests took place outside the Israeli embassy in Bahrain.', 'unknown', null],
		[
			'PAK',
			"Israel's diplomatic mission in Washington, D.C. received information about Pakistan.",
			'unknown',
			null
		],
		[
			'MYS',
			'The Palestinian Cultural Organisation Malaysia acts as an unofficial embassy of Hamas.',
			'unknown',
			null
		],
		['MYS', 'The Palestinian embassy in Cairo hosted Malaysian students.', 'unknown', null],
		['JPN', 'Japan has an embassy in Amman.', 'unknown', null]
	])('%s: %j → %s (%s)', (iso3, prose, value, city) => {
		expect(read('palestinianMission', iso3, prose)).toEqual([value, city]);
	});

	it.each([
		[['- Mission2: Embassy of Palestine, Dhaka'], 1, 'embassy', 'Dhaka'],
		[['- Mission1: Embassy of the State of Palestine in Japan'], 2, 'embassy', null],
		[['- Mission1: General Delegation of Palestine, Tokyo'], 2, 'other', 'Tokyo'],
		[['- Mission2: N/A'], 1, 'none', null]
	])('infobox %j (country is party %i) → %s', (rows, party, value, city) => {
		expect(read('palestinianMission', 'JPN', 'Nothing here.', rows, party as 1 | 2)).toEqual([
			value,
			city
		]);
	});

	it('the city comes from the text when the infobox lacks it', () => {
		const r = articleToAttributes(
			input(
				'BHR',
				'Palestine has an embassy in Manama.',
				['- Mission1: Embassy of the State of Palestine in Bahrain'],
				2
			)
		);
		expect(r.attributes.palestinianMission).toMatchObject({
			value: 'embassy',
			city: 'Manama',
			source: 'text'
		});
		expect(r.problems).toEqual([]);
	});

	it('warns when infobox and text disagree, and keeps the infobox', () => {
		const r = articleToAttributes(
			input('JPN', 'Palestine has a general mission in Tokyo.', [
				'- Mission2: Embassy of Palestine, Tokyo'
			])
		);
		expect(r.attributes.palestinianMission).toMatchObject({
			value: 'embassy',
			source: 'infobox',
			evidence: '- Mission2: Embassy of Palestine, Tokyo',
			line: 1
		});
		expect(r.problems).toEqual([
			expect.objectContaining({
				severity: 'warning',
				line: 1,
				message: expect.stringContaining('palestinianMission')
			})
		]);
	});
});

describe('articleToAttributes: missionToPalestine', () => {
	it.each([
		['JPN', 'Japan has a representative office in Ramallah.', 'resident', 'Ramallah'],
		['JPN', 'Japan opened a representative office in Gaza in 1998.', 'resident', 'Gaza'],
		[
			'JPN',
			'Japan has a consulate-general in Jerusalem that serves Palestinians.',
			'resident',
			'Jerusalem'
		],
		['JPN', 'Japan opened an embassy in Jerusalem.', 'unknown', null],
		['JPN', "Japan's embassy in Amman is accredited to Palestine.", 'non-resident', 'Amman'],
		['JPN', 'Japan covers Palestine from its embassy in Cairo.', 'non-resident', 'Cairo'],
		['JPN', 'Japan has an embassy in Amman.', 'unknown', null],
		['BHR', 'Bahrain does not have a representative office or embassy in Palestine.', 'none', null],
		['JPN', 'Japan has no mission in Palestine.', 'none', null]
	])('%s: %j → %s (%s)', (iso3, prose, value, city) => {
		expect(read('missionToPalestine', iso3, prose)).toEqual([value, city]);
	});

	it.each([
		['- Mission1: Embassy of Bangladesh, Amman', 'non-resident', 'Amman'],
		['- Mission1: Representative Office of Japan, Ramallah', 'resident', 'Ramallah'],
		['- Mission1: Representative Office of Japan, Al-Ram', 'resident', 'Al-Ram'],
		['- Mission1: Consulate General of Japan, Jerusalem', 'resident', 'Jerusalem'],
		['- Mission1: Embassy of Japan in Jordan', 'non-resident', null],
		['- Mission1: Office of Japan in Palestine', 'resident', null],
		['- Mission1: N/A', 'none', null],
		['- Mission1: none', 'none', null]
	])('infobox %j → %s (%s)', (row, value, city) => {
		expect(read('missionToPalestine', 'JPN', 'Nothing here.', [row])).toEqual([value, city]);
	});

	it('keeps the infobox line verbatim as evidence', () => {
		const r = articleToAttributes(input('BGD', '', ['- Mission1: Embassy of Bangladesh, Amman']));
		expect(r.attributes.missionToPalestine).toEqual({
			value: 'non-resident',
			city: 'Amman',
			source: 'infobox',
			evidence: '- Mission1: Embassy of Bangladesh, Amman',
			line: 1
		});
	});
});

describe('articleToAttributes: nothing known', () => {
	it('is unknown everywhere, with no source', () => {
		const r = articleToAttributes(input('JPN', ''));
		for (const reading of Object.values(r.attributes))
			expect(reading).toEqual({ value: 'unknown' });
		expect(r.problems).toEqual([]);
	});
});
