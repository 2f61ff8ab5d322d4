import { describe, expect, it } from 'vitest';
import type { GroupCounts } from '$lib/regions/types';
import { csvCell, regionsToCsv } from './regionsToCsv';

describe('csvCell', () => {
	it.each([
		['plain', 'plain'],
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['+1', "'+1"],
		['-1', "'-1"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		['a,b', '"a,b"'],
		[3, '3']
	])('%j → %s', (input, expected) => expect(csvCell(input)).toBe(expected));
});

describe('regionsToCsv', () => {
	it('writes one row per region and value, with counts, shares and members', () => {
		const counts = {
			group: 'test',
			attribute: 'recognizesIsrael',
			year: null,
			total: 4,
			counts: [
				{ value: 'yes', count: 1, members: ['EGY'] },
				{ value: 'no', count: 3, members: ['DZA', 'IRQ', 'LBN'] },
				{ value: 'unknown', count: 0, members: [] }
			],
			notYet: []
		} as unknown as GroupCounts;
		expect(regionsToCsv([{ name: '=Test', source: 'A list, as of 2025', counts }])).toBe(
			'region_id,region,attribute,year,value,count,percent,counted_members,members_with_value,source\r\n' +
				`test,'=Test,recognizesIsrael,today,yes,1,25.0,4,EGY,"A list, as of 2025"\r\n` +
				`test,'=Test,recognizesIsrael,today,no,3,75.0,4,DZA IRQ LBN,"A list, as of 2025"\r\n` +
				`test,'=Test,recognizesIsrael,today,unknown,0,0.0,4,,"A list, as of 2025"\r\n`
		);
	});

	it('gives members not yet states a row of their own, outside the shares', () => {
		const counts = {
			group: 'central-asia',
			attribute: 'recognizesPalestine',
			year: 1990,
			total: 0,
			counts: [
				{ value: 'yes', count: 0, members: [] },
				{ value: 'no', count: 0, members: [] },
				{ value: 'unknown', count: 0, members: [] }
			],
			notYet: ['KAZ', 'KGZ']
		} as unknown as GroupCounts;
		const lines = regionsToCsv([{ name: 'Central Asia', source: 'M49', counts }]).split('\r\n');
		expect(lines[4]).toBe(
			'central-asia,Central Asia,recognizesPalestine,1990,not-a-state,2,,0,KAZ KGZ,M49'
		);
		expect(lines).toHaveLength(6);
	});
});
