import { describe, expect, it } from 'vitest';
import type { Attribute, AttributeId, Group } from '../types';
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

	it('leaves out states that did not exist yet in the year', () => {
		const result = membersToCounts(GROUP, COUNTRIES, 'recognizesIsrael', {
			year: 2000,
			currentYear: 2026,
			existedIn: (c, year) => c.iso3 !== 'JOR' || year >= 2010
		});
		expect(result.total).toBe(4);
		expect(result.members.find((m) => m.iso3 === 'JOR')).toMatchObject({
			counted: false,
			reason: 'not-yet-a-state'
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
