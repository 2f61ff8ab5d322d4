import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatehood } from '../facts/parseStatehood';
import type { Attribute, AttributeId, Group } from '../types';
import { m49Groups } from './m49Groups';
import { membersToCounts, type CountryLike } from './membersToCounts';

/** A country with these values (other attributes unknown). */
function country(
	iso3: string,
	name: string,
	known: Partial<Record<AttributeId, Attribute>>
): CountryLike & { since?: number } {
	const unknown: Attribute = { value: 'unknown' };
	return {
		iso3,
		name,
		attributes: {
			recognizesIsrael: unknown,
			recognizesPalestine: unknown,
			palestinianMission: unknown,
			missionToPalestine: unknown,
			...known
		}
	};
}

const yes = (date?: string): Attribute => ({ value: 'yes', ...(date ? { date } : {}) });
const no: Attribute = { value: 'no' };

const COUNTRIES = [
	country('EGY', 'Egypt', { recognizesIsrael: yes(), recognizesPalestine: yes('1988-11-18') }),
	country('JOR', 'Jordan', { recognizesIsrael: yes(), recognizesPalestine: yes('1988-11-16') }),
	country('SYR', 'Syria', { recognizesIsrael: no, recognizesPalestine: yes('1988-11-16') }),
	country('SAU', 'Saudi Arabia', { recognizesIsrael: no, recognizesPalestine: yes('1989') }),
	country('COM', 'Comoros', { recognizesIsrael: no, recognizesPalestine: yes() }),
	country('PSE', 'Palestine', { recognizesIsrael: yes(), recognizesPalestine: yes('1988') }),
	country('BIH', 'Bosnia and Herzegovina', {
		recognizesIsrael: yes(),
		recognizesPalestine: yes('1992')
	})
];

const GROUP: Group = {
	id: 'arab-league',
	name: 'Arab League',
	kind: 'bloc',
	size: 5,
	source: { cite: 'test', asOf: '2025-10' },
	members: [
		{ iso3: 'COM', status: 'member', since: '1993' },
		{ iso3: 'EGY', status: 'member' },
		{ iso3: 'JOR', status: 'member' },
		{ iso3: 'PSE', status: 'member', since: '1976' },
		{ iso3: 'SAU', status: 'member' },
		{ iso3: 'SYR', status: 'member', until: '2011-11-16' },
		{ iso3: 'SYR', status: 'suspended', since: '2011-11-16', until: '2023-05-07' },
		{ iso3: 'SYR', status: 'member', since: '2023-05-07' },
		{ iso3: 'BIH', status: 'observer' },
		{ iso3: 'ZZZ', status: 'member' }
	]
};

/** value → count, without the members. */
const tally = (counts: { value: string; count: number }[]) =>
	Object.fromEntries(counts.map((c) => [c.value, c.count]));

describe('membersToCounts', () => {
	it.each([
		{
			name: 'today, recognises Israel',
			attribute: 'recognizesIsrael' as const,
			year: undefined,
			total: 5,
			counts: { yes: 2, no: 3, unknown: 0 },
			majority: 'no',
			differing: ['EGY', 'JOR'],
			suspended: [],
			summary: '2 of 5 Arab League states recognise Israel; Palestine, a member, is not counted.'
		},
		{
			name: 'recognition of Palestine at the end of 1988: later and undated recognitions are not yet',
			attribute: 'recognizesPalestine' as const,
			year: 1988,
			total: 4,
			counts: { yes: 3, no: 1, unknown: 0 },
			majority: 'yes',
			differing: ['SAU'],
			suspended: [],
			summary:
				'3 of 4 Arab League states recognise Palestine at the end of 1988; Palestine, a member, is not counted.'
		},
		{
			name: 'in 2015: Syria suspended but counted, Comoros undated is unknown',
			attribute: 'recognizesPalestine' as const,
			year: 2015,
			total: 5,
			counts: { yes: 4, no: 0, unknown: 1 },
			majority: 'yes',
			differing: ['COM'],
			suspended: ['SYR'],
			summary:
				'4 of 5 Arab League states recognise Palestine at the end of 2015; 1 unknown; Palestine, a member, is not counted.'
		},
		{
			name: 'this year counts every recognition, dated or not',
			attribute: 'recognizesPalestine' as const,
			year: 2026,
			total: 5,
			counts: { yes: 5, no: 0, unknown: 0 },
			majority: 'yes',
			differing: [],
			suspended: [],
			summary: '5 of 5 Arab League states recognise Palestine; Palestine, a member, is not counted.'
		}
	])('$name', ({ attribute, year, total, counts, majority, differing, suspended, summary }) => {
		const result = membersToCounts(GROUP, COUNTRIES, attribute, { year, currentYear: 2026 });
		expect(result.total).toBe(total);
		expect(tally(result.counts)).toEqual(counts);
		expect(result.majority).toBe(majority);
		expect(result.differing.map((m) => m.iso3)).toEqual(differing);
		expect(result.suspended).toEqual(suspended);
		expect(result.summary).toBe(summary);
	});

	it('lists Palestine, observers and states without data, but never counts them', () => {
		const result = membersToCounts(GROUP, COUNTRIES, 'recognizesPalestine', { currentYear: 2026 });
		const uncounted = result.members.filter((m) => !m.counted).map((m) => [m.iso3, m.reason]);
		expect(uncounted).toEqual([
			['BIH', 'observer'],
			['PSE', 'palestine'],
			['ZZZ', 'no-data']
		]);
		expect(result.counts.flatMap((c) => c.members)).not.toContain('PSE');
		expect(result.counts.reduce((sum, c) => sum + c.count, 0)).toBe(result.total);
	});

	it('every value is listed, in the attribute’s order, with its members by name', () => {
		const result = membersToCounts(
			GROUP,
			new Map(COUNTRIES.map((c) => [c.iso3, c])),
			'recognizesIsrael',
			{
				currentYear: 2026
			}
		);
		expect(result.counts).toEqual([
			{ value: 'yes', count: 2, members: ['EGY', 'JOR'] },
			{ value: 'no', count: 3, members: ['COM', 'SAU', 'SYR'] },
			{ value: 'unknown', count: 0, members: [] }
		]);
	});

	it('lists a state that did not exist yet as not yet a state, never as "no"', () => {
		const statehood = { since: '2010-07-01', predecessor: 'X', continuous: false, cite: 'T' };
		const late = COUNTRIES.map((c) => (c.iso3 === 'JOR' ? { ...c, statehood } : c));
		const result = membersToCounts(GROUP, late, 'recognizesIsrael', {
			year: 2000,
			currentYear: 2026
		});
		expect(result.total).toBe(4);
		expect(result.notYet).toEqual(['JOR']);
		expect(result.members.find((m) => m.iso3 === 'JOR')).toMatchObject({
			counted: false,
			reason: 'not-yet-a-state',
			value: 'not-a-state'
		});
		expect(result.counts.flatMap((c) => c.members)).not.toContain('JOR');
		expect(result.summary).toBe(
			'1 of 4 Arab League states recognises Israel at the end of 2000; 1 member was not yet a state; Palestine, a member, is not counted.'
		);
		const today = membersToCounts(GROUP, late, 'recognizesIsrael', { currentYear: 2026 });
		expect([today.total, today.notYet]).toEqual([5, []]);
	});

	describe('a real case: Central Asia and Eastern Europe in 1990 (data/statehood.csv)', () => {
		const { rows } = parseStatehood(
			readFileSync('data/statehood.csv', 'utf8'),
			'data/statehood.csv',
			null
		);
		const statehoodOf = new Map(rows.map((r) => [r.iso3, r]));
		const region = (id: string) =>
			m49Groups(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'RUS', 'UKR', 'POL', 'BLR']).find(
				(g) => g.id === id
			)!;
		/** Every member recognises Palestine today, dated 1992 (as the former republics did). */
		const members = (group: Group) =>
			group.members.map((m) => {
				const c = country(m.iso3, m.iso3, { recognizesPalestine: yes('1992-04-06') });
				const statehood = statehoodOf.get(m.iso3);
				return statehood ? { ...c, statehood } : c;
			});

		it('Central Asia: none of its five states existed at the end of 1990', () => {
			const group = region('central-asia');
			const result = membersToCounts(group, members(group), 'recognizesPalestine', {
				year: 1990,
				currentYear: 2026
			});
			expect(result.total).toBe(0);
			expect(result.notYet.sort()).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
			expect(tally(result.counts)).toEqual({ yes: 0, no: 0, unknown: 0 });
			expect(result.summary).toBe(
				'0 of 0 states in Central Asia recognise Palestine at the end of 1990; 5 members were not yet states.'
			);
			const in1993 = membersToCounts(group, members(group), 'recognizesPalestine', {
				year: 1993,
				currentYear: 2026
			});
			expect([in1993.total, in1993.notYet, tally(in1993.counts).yes]).toEqual([5, [], 5]);
		});

		it('Eastern Europe: Russia and Ukraine continue the Soviet Union, Belarus too; Poland existed', () => {
			const group = region('eastern-europe');
			const result = membersToCounts(group, members(group), 'recognizesPalestine', {
				year: 1990,
				currentYear: 2026
			});
			// RUS, UKR, BLR are continuous in data/statehood.csv: states in every year.
			expect(result.notYet).toEqual([]);
			expect(result.total).toBe(4);
			// Their 1992 date is after 1990: "no" then, not "not yet a state".
			expect(tally(result.counts)).toEqual({ yes: 0, no: 4, unknown: 0 });
		});
	});

	it('has no majority on a tie and none when nothing is counted', () => {
		const tie = { ...GROUP, members: GROUP.members.filter((m) => ['EGY', 'SAU'].includes(m.iso3)) };
		const result = membersToCounts(tie, COUNTRIES, 'recognizesIsrael', { currentYear: 2026 });
		expect([result.majority, result.differing]).toEqual([null, []]);
		const empty = membersToCounts({ ...GROUP, members: [] }, COUNTRIES, 'recognizesIsrael');
		expect([empty.total, empty.majority]).toEqual([0, null]);
	});

	it.each([
		['region', 'Americas', '1 of 1 state in the Americas recognises Israel.'],
		['subregion', 'Western Asia', '1 of 1 state in Western Asia recognises Israel.'],
		['bloc', 'GCC', '1 of 1 GCC state recognises Israel.']
	] as const)('says a %s in words', (kind, name, summary) => {
		const group: Group = { ...GROUP, kind, name, members: [{ iso3: 'EGY', status: 'member' }] };
		expect(membersToCounts(group, COUNTRIES, 'recognizesIsrael').summary).toBe(summary);
	});

	it('says the mission attributes in words', () => {
		const withEmbassy = [country('EGY', 'Egypt', { palestinianMission: { value: 'embassy' } })];
		const group: Group = { ...GROUP, members: [{ iso3: 'EGY', status: 'member' }] };
		expect(membersToCounts(group, withEmbassy, 'palestinianMission').summary).toBe(
			'1 of 1 Arab League state hosts a Palestinian embassy.'
		);
		expect(membersToCounts(group, withEmbassy, 'missionToPalestine').summary).toBe(
			'0 of 1 Arab League state have a resident mission to Palestine; 1 unknown.'
		);
	});
});
