import { describe, expect, it } from 'vitest';
import { compareSearch, parseCompareParams } from './parseCompareParams';

const ISO3 = new Set(['PAK', 'BGD', 'MYS', 'IDN', 'TUR', 'EGY', 'JOR', 'SWE']);
const REGIONS = new Set(['eu', 'arab-league', 'oic', 'africa']);
const parse = (query: string) =>
	parseCompareParams(new URLSearchParams(query), ISO3, REGIONS, 2026);

describe('parseCompareParams', () => {
	it.each<[string, Partial<ReturnType<typeof parse>>]>([
		['', { countries: [], regions: [], attr: 'recognizesPalestine', year: 2026, ignored: [] }],
		['countries=PAK,BGD,MYS', { countries: ['PAK', 'BGD', 'MYS'], ignored: [] }],
		['countries=pak,%20bgd%20,,', { countries: ['PAK', 'BGD'] }],
		['countries=PAK,PAK,BGD', { countries: ['PAK', 'BGD'], ignored: [] }],
		[
			'countries=PAK,XXX,<b>',
			{
				countries: ['PAK'],
				ignored: ['XXX (not a known country code)', '<B> (not a known country code)']
			}
		],
		[
			'countries=PAK,BGD,MYS,IDN,TUR,EGY,JOR',
			{
				countries: ['PAK', 'BGD', 'MYS', 'IDN', 'TUR', 'EGY'],
				ignored: ['JOR (at most 6 country codes at once)']
			}
		],
		[
			'regions=EU,arab-league,nowhere',
			{ regions: ['eu', 'arab-league'], ignored: ['nowhere (not a known region)'] }
		],
		['regions=eu,oic&attr=recognizesIsrael&year=1999', { attr: 'recognizesIsrael', year: 1999 }],
		['attr=zzz&year=1900', { attr: 'recognizesPalestine', year: 2026 }],
		['year=2030', { year: 2026 }],
		['year=19999', { year: 2026 }]
	])('%s', (query, expected) => {
		expect(parse(query)).toMatchObject(expected);
	});
});

describe('compareSearch', () => {
	it.each([
		[{ countries: ['PAK', 'BGD'], regions: [] }, '?countries=PAK,BGD'],
		[{ countries: [], regions: ['eu', 'oic'] }, '?regions=eu,oic'],
		[
			{ countries: [], regions: ['eu', 'oic'], attr: 'recognizesIsrael' as const, year: 2000 },
			'?regions=eu,oic&attr=recognizesIsrael&year=2000'
		],
		[{ countries: [], regions: [] }, '']
	])('%j → %s', (view, expected) => {
		expect(compareSearch({ attr: 'recognizesPalestine', year: 2026, ...view }, 2026)).toBe(
			expected
		);
	});

	it('round-trips through the parser', () => {
		const view = parse('regions=oic,eu&attr=palestinianMission&year=2001');
		expect(parse(compareSearch(view, 2026).slice(1))).toEqual(view);
	});
});
