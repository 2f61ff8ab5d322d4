import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_IDS, type AttributeId, type Reading } from '../types';
import { parseCountryArticle } from './parseCountryArticle';

const HELD_OUT = new URL('./fixtures/held-out/', import.meta.url);

/** [value, date or city]: what a careful reader takes from the article. */
type Expected = [string, string?];

/**
 * Articles written to measure accuracy, not to teach the rules (see fixtures/held-out/README.md):
 * [file, country, the four attributes as a careful human reads them].
 */
const ARTICLES: [string, string, Record<AttributeId, Expected>][] = [
	[
		'a01-kazakhstan.txt',
		'KAZ',
		row(['yes'], ['yes', '1992-04-06'], ['embassy', 'Astana'], ['resident', 'Ramallah'])
	],
	[
		'a02-maldives.txt',
		'MDV',
		row(['no'], ['yes', '1988-11-28'], ['none'], ['non-resident', 'Amman'])
	],
	['a03-japan.txt', 'JPN', row(['yes'], ['no'], ['other', 'Tokyo'], ['resident', 'Ramallah'])],
	[
		'a04-turkey.txt',
		'TUR',
		row(['yes'], ['yes', '1988-11-15'], ['embassy', 'Ankara'], ['resident', 'Jerusalem'])
	],
	[
		'a05-brazil.txt',
		'BRA',
		row(['yes'], ['yes', '2010-12-01'], ['embassy', 'Brasília'], ['resident', 'Ramallah'])
	],
	['a06-cameroon.txt', 'CMR', row(['yes'], ['no'], ['none'], ['unknown'])],
	[
		'a07-egypt.txt',
		'EGY',
		row(['yes'], ['yes', '1988-11-18'], ['embassy', 'Cairo'], ['resident', 'Ramallah'])
	],
	[
		'a08-indonesia.txt',
		'IDN',
		row(['no'], ['yes', '1988-11-16'], ['embassy', 'Jakarta'], ['non-resident', 'Amman'])
	],
	['a09-germany.txt', 'DEU', row(['yes'], ['no'], ['other', 'Berlin'], ['resident', 'Ramallah'])],
	[
		'a10-philippines.txt',
		'PHL',
		row(['yes'], ['yes', '1989-09-16'], ['embassy', 'Manila'], ['resident', 'Ramallah'])
	],
	[
		'a11-canada.txt',
		'CAN',
		row(['yes'], ['yes', '2025-09-21'], ['other', 'Ottawa'], ['resident', 'Ramallah'])
	],
	[
		'a12-colombia.txt',
		'COL',
		row(['unknown'], ['yes', '2018-08-03'], ['embassy', 'Bogotá'], ['none'])
	],
	[
		'a13-serbia.txt',
		'SRB',
		row(['yes'], ['yes', '1988-11-16'], ['embassy', 'Belgrade'], ['resident', 'Ramallah'])
	],
	[
		'a14-south-africa.txt',
		'ZAF',
		row(['yes'], ['yes', '1995-02-15'], ['embassy', 'Pretoria'], ['resident', 'Ramallah'])
	],
	[
		'a15-australia.txt',
		'AUS',
		row(['yes'], ['yes', '2025-09-21'], ['other', 'Canberra'], ['resident', 'Ramallah'])
	],
	['a16-iran.txt', 'IRN', row(['no'], ['yes', '1988'], ['embassy', 'Tehran'], ['none'])],
	[
		'a17-netherlands.txt',
		'NLD',
		row(['yes'], ['no'], ['other', 'The Hague'], ['resident', 'Ramallah'])
	],
	['a18-bolivia.txt', 'BOL', row(['unknown'], ['yes', '2010-12-17'], ['none'], ['none'])],
	[
		'a19-nigeria.txt',
		'NGA',
		row(['yes'], ['yes', '1988-11-18'], ['embassy', 'Abuja'], ['non-resident', 'Amman'])
	],
	['a20-greece.txt', 'GRC', row(['yes'], ['no'], ['embassy', 'Athens'], ['resident', 'Ramallah'])],
	[
		'a21-thailand.txt',
		'THA',
		row(['yes'], ['yes', '2012-01-20'], ['embassy', 'Bangkok'], ['non-resident', 'Amman'])
	],
	['a22-kuwait.txt', 'KWT', row(['no'], ['yes', '1988-11'], ['embassy', 'Kuwait City'], ['none'])],
	[
		'b01-vietnam.txt',
		'VNM',
		row(['yes'], ['yes', '1988-11-19'], ['embassy', 'Hanoi'], ['non-resident', 'Cairo'])
	],
	[
		'b02-chile.txt',
		'CHL',
		row(['yes'], ['yes', '2011-01-07'], ['embassy', 'Santiago'], ['resident', 'Ramallah'])
	],
	[
		'b03-pakistan.txt',
		'PAK',
		row(['no'], ['yes', '1988-11-16'], ['embassy', 'Islamabad'], ['non-resident', 'Amman'])
	],
	[
		'b04-sweden.txt',
		'SWE',
		row(['yes'], ['yes', '2014-10-30'], ['embassy', 'Stockholm'], ['resident', 'Jerusalem'])
	],
	[
		'b05-saudi-arabia.txt',
		'SAU',
		row(['no'], ['yes', '1988'], ['embassy', 'Riyadh'], ['non-resident'])
	],
	[
		'b06-mexico.txt',
		'MEX',
		row(['yes'], ['yes', '2023-06-14'], ['embassy', 'Mexico City'], ['resident', 'Ramallah'])
	],
	['b07-uganda.txt', 'UGA', row(['yes'], ['yes', '1988-12-03'], ['none'], ['none'])],
	[
		'b08-united-kingdom.txt',
		'GBR',
		row(['yes'], ['yes', '2025-09-21'], ['other', 'London'], ['resident', 'Jerusalem'])
	],
	['b09-malaysia.txt', 'MYS', row(['no'], ['yes', '1988'], ['embassy', 'Kuala Lumpur'], ['none'])],
	[
		'b10-ethiopia.txt',
		'ETH',
		row(['yes'], ['yes', '1989-02-04'], ['embassy', 'Addis Ababa'], ['non-resident', 'Tel Aviv'])
	],
	[
		'b11-france.txt',
		'FRA',
		row(['yes'], ['yes', '2025-09-22'], ['other', 'Paris'], ['resident', 'Jerusalem'])
	],
	[
		'b12-cuba.txt',
		'CUB',
		row(['unknown'], ['yes', '1988-11-16'], ['embassy', 'Havana'], ['non-resident', 'Amman'])
	],
	[
		'c01-norway.txt',
		'NOR',
		row(['yes'], ['yes', '2024-05-28'], ['embassy', 'Oslo'], ['resident', 'Al-Ram'])
	],
	[
		'c02-algeria.txt',
		'DZA',
		row(['no'], ['yes', '1988-11-15'], ['embassy', 'Algiers'], ['resident', 'Ramallah'])
	],
	['c03-south-korea.txt', 'KOR', row(['yes'], ['no'], ['none'], ['resident', 'Ramallah'])],
	[
		'c04-spain.txt',
		'ESP',
		row(['yes'], ['yes', '2024-05-28'], ['embassy', 'Madrid'], ['resident', 'Jerusalem'])
	],
	['c05-lebanon.txt', 'LBN', row(['no'], ['yes', '1988-11-15'], ['embassy', 'Beirut'], ['none'])],
	['c06-italy.txt', 'ITA', row(['yes'], ['no'], ['other', 'Rome'], ['resident', 'Jerusalem'])],
	[
		'c07-venezuela.txt',
		'VEN',
		row(['unknown'], ['yes', '2009-04-27'], ['embassy', 'Caracas'], ['none'])
	],
	[
		'c08-jordan.txt',
		'JOR',
		row(['yes'], ['yes', '1988-11-16'], ['embassy', 'Amman'], ['resident', 'Ramallah'])
	]
];

function row(
	recognizesIsrael: Expected,
	recognizesPalestine: Expected,
	palestinianMission: Expected,
	missionToPalestine: Expected
): Record<AttributeId, Expected> {
	return { recognizesIsrael, recognizesPalestine, palestinianMission, missionToPalestine };
}

/** A reading as compared: the value, with the date or city where the attribute has one. */
function simplify(id: AttributeId, r: Reading): Expected {
	const extra =
		id === 'recognizesPalestine' ? r.date : id === 'recognizesIsrael' ? undefined : r.city;
	return extra === undefined ? [r.value] : [r.value, extra];
}

describe('held-out articles: accuracy on text the rules were not written from', () => {
	const misses: string[] = [];
	let fields = 0;

	it.each(ARTICLES)('%s reads as %s', (file, iso3, expected) => {
		const text = readFileSync(new URL(file, HELD_OUT), 'utf8');
		const { country } = parseCountryArticle(text, file);
		expect(country?.iso3).toBe(iso3);
		for (const id of ATTRIBUTE_IDS) {
			fields++;
			const got = simplify(id, country!.attributes[id]);
			if (JSON.stringify(got) !== JSON.stringify(expected[id]))
				misses.push(
					`${file} ${id}: ${JSON.stringify(got)}, expected ${JSON.stringify(expected[id])}`
				);
		}
	});

	it('every file is in the table', () => {
		const files = readdirSync(HELD_OUT).filter((f) => f.endsWith('.txt'));
		expect(files.sort()).toEqual(ARTICLES.map(([f]) => f).sort());
	});

	it('reads at least 97% of the attributes right', () => {
		const right = fields - misses.length;
		console.log(
			`held-out: ${right}/${fields} right (${((100 * right) / fields).toFixed(1)}%)\n${misses.join('\n')}`
		);
		expect(fields).toBe(ARTICLES.length * ATTRIBUTE_IDS.length);
		expect(right / fields).toBeGreaterThanOrEqual(0.97);
	});
});
