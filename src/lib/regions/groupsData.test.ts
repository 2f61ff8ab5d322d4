/* The curated grouping files themselves (data/groups.csv, data/group-members.csv). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isUnMember } from '../countries/isUnMember';
import type { Group } from '../types';
import { m49Groups } from './m49Groups';
import { membersIn } from './membersIn';
import { parseGroups } from './parseGroups';

const read = (file: string) => ({ file, text: readFileSync(file, 'utf8') });
/** The atlas's states: the facts table's rows. */
const STATES = read('data/facts.csv')
	.text.split('\n')
	.slice(1)
	.filter((line) => line.trim())
	.map((line) => line.slice(0, 3));
const m49 = m49Groups([...STATES, 'PSE']);
const { groups, problems } = parseGroups(
	read('data/groups.csv'),
	read('data/group-members.csv'),
	new Set(m49.map((g) => g.id))
);
const byId = new Map<string, Group>(groups.map((g) => [g.id, g]));
const group = (id: string) => byId.get(id)!;
/** iso3 of today's members and suspended members (not observers), sorted. */
const today = (g: Group) =>
	membersIn(g)
		.filter((m) => m.status !== 'observer')
		.map((m) => m.iso3)
		.sort();
const statusIn = (id: string, iso3: string, year?: number) =>
	membersIn(group(id), year).find((m) => m.iso3 === iso3)?.status ?? null;

describe('the grouping files', () => {
	it('have no errors and no warnings', () => expect(problems).toEqual([]));

	it('name only states of the atlas (and Palestine)', () => {
		const known = new Set([...STATES, 'PSE']);
		expect(
			groups.flatMap((g) => g.members.map((m) => m.iso3)).filter((c) => !known.has(c))
		).toEqual([]);
	});

	it('hold the groupings by their stable ids, each with a source and an as-of date', () => {
		expect(groups.map((g) => g.id)).toEqual([
			'eu',
			'arab-league',
			'oic',
			'african-union',
			'asean',
			'gcc',
			'g7',
			'g20',
			'brics',
			'nato',
			'nam',
			'un-african',
			'un-asia-pacific',
			'un-eeg',
			'un-grulac',
			'un-weog'
		]);
		for (const g of groups) expect(g.source.cite && g.source.asOf, g.id).toBeTruthy();
	});

	it.each([
		['eu', 27],
		['arab-league', 21],
		['oic', 56],
		['african-union', 55],
		['asean', 11],
		['gcc', 6],
		['g7', 7],
		['g20', 19],
		['brics', 10],
		['nato', 32],
		['nam', 119],
		['un-african', 54],
		['un-asia-pacific', 54],
		['un-eeg', 23],
		['un-grulac', 33],
		['un-weog', 28]
	])('%s has %i member states today (Palestine not counted)', (id, size) => {
		expect(group(id).size).toBe(size);
		expect(today(group(id)).filter((iso3) => iso3 !== 'PSE')).toHaveLength(size);
	});

	it('lists Palestine as a member of the Arab League, the OIC, the NAM and the Asia-Pacific Group only', () => {
		const withPalestine = groups.filter((g) => today(g).includes('PSE')).map((g) => g.id);
		expect(withPalestine).toEqual(['arab-league', 'oic', 'nam', 'un-asia-pacific']);
	});

	it('puts every UN member in exactly one UN regional group, except the United States (an observer)', () => {
		const unGroups = groups.filter((g) => g.kind === 'un-group');
		expect(STATES.filter(isUnMember)).toHaveLength(193);
		for (const iso3 of STATES) {
			if (!isUnMember(iso3)) continue;
			const ids = unGroups.filter((g) => today(g).includes(iso3)).map((g) => g.id);
			expect(ids, iso3).toEqual(iso3 === 'USA' ? [] : [expect.any(String)]);
		}
		expect(statusIn('un-weog', 'USA')).toBe('observer');
		const outsiders = unGroups.flatMap((g) => today(g)).filter((c) => !isUnMember(c));
		expect(outsiders).toEqual(['PSE']);
	});

	it('agrees with the M49 geoscheme for Africa and Latin America', () => {
		const m49Members = (id: string) =>
			m49
				.find((g) => g.id === id)!
				.members.map((m) => m.iso3)
				.sort();
		expect(today(group('african-union'))).toEqual(m49Members('africa'));
		expect(today(group('un-african'))).toEqual(m49Members('africa').filter((c) => c !== 'ESH'));
		expect(m49Members('africa')).toHaveLength(55);
		expect(today(group('un-grulac'))).toEqual(m49Members('latin-america-and-the-caribbean'));
	});

	it.each([
		// Syria: suspended from the Arab League 2011-2023, from the OIC since 2012
		['arab-league', 'SYR', 2010, 'member'],
		['arab-league', 'SYR', 2011, 'suspended'],
		['arab-league', 'SYR', 2022, 'suspended'],
		['arab-league', 'SYR', 2023, 'member'],
		['arab-league', 'EGY', 1988, 'suspended'],
		['arab-league', 'EGY', 1989, 'member'],
		['oic', 'SYR', 2011, 'member'],
		['oic', 'SYR', undefined, 'suspended'],
		['african-union', 'MAR', 1990, null],
		['african-union', 'MAR', 2017, 'member'],
		['african-union', 'GAB', 2024, 'suspended'],
		['african-union', 'GAB', undefined, 'member'],
		['african-union', 'MLI', undefined, 'suspended'],
		['african-union', 'MLI', 2012, 'member'],
		['african-union', 'MDG', 2010, 'suspended'],
		['african-union', 'MDG', 2024, 'member'],
		['african-union', 'CAF', 2015, 'suspended'],
		['african-union', 'MRT', 2008, 'suspended'],
		['african-union', 'MRT', 2009, 'member'],
		['asean', 'TLS', 2024, null],
		['asean', 'TLS', 2025, 'member'],
		['brics', 'EGY', 2023, null],
		['brics', 'EGY', 2024, 'member'],
		['brics', 'IDN', 2025, 'member'],
		['brics', 'SAU', undefined, null],
		['nato', 'FIN', 2022, null],
		['nato', 'FIN', 2023, 'member'],
		['nato', 'SWE', 2024, 'member'],
		['eu', 'GBR', 2019, 'member'],
		['eu', 'GBR', 2020, null],
		['g7', 'RUS', 2013, 'member'],
		['g7', 'RUS', 2014, null],
		['nam', 'CYP', 2003, 'member'],
		['nam', 'CYP', 2004, null],
		['un-asia-pacific', 'KIR', 2009, null],
		['un-asia-pacific', 'KIR', 2010, 'member']
	] as const)('%s: %s in %s is %s', (id, iso3, year, status) => {
		expect(statusIn(id, iso3, year)).toBe(status);
	});
});
