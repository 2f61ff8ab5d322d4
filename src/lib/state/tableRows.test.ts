import { describe, expect, it } from 'vitest';
import type { Attribute, AttributeId } from '$lib/types';
import { filterAndSortRows, tableRowsOf, type TableFilter, type TableSort } from './tableRows';
import type { CountryIndexEntry } from './types';

/** A thin index entry with the given values (unknown elsewhere). */
function entry(
	iso3: string,
	name: string,
	values: Partial<Record<AttributeId, Attribute>>,
	aliases: string[] = []
): CountryIndexEntry {
	const unknown = { value: 'unknown' };
	return {
		iso3,
		name,
		aliases,
		hasArticle: false,
		title: null,
		lead: null,
		attributes: {
			recognizesIsrael: unknown,
			recognizesPalestine: unknown,
			palestinianMission: unknown,
			missionToPalestine: unknown,
			...values
		}
	};
}

const COUNTRIES = [
	entry('PAK', 'Pakistan', {
		recognizesPalestine: { value: 'yes', date: '1988-11-16', source: 'facts' },
		recognizesIsrael: { value: 'no', source: 'facts' },
		palestinianMission: { value: 'embassy', city: 'Islamabad', source: 'text' }
	}),
	entry('SWE', 'Sweden', {
		recognizesPalestine: { value: 'yes', date: '2014-10-30', source: 'facts' },
		recognizesIsrael: { value: 'yes', source: 'facts' },
		palestinianMission: { value: 'embassy', source: 'facts' }
	}),
	entry('USA', 'United States', {
		recognizesPalestine: { value: 'no', source: 'facts' },
		recognizesIsrael: { value: 'yes', source: 'facts' },
		palestinianMission: { value: 'none', source: 'facts' }
	}),
	entry(
		'TUR',
		'Turkey',
		{
			recognizesPalestine: { value: 'yes', date: '1988-11-15', source: 'facts' },
			recognizesIsrael: { value: 'yes', source: 'facts' }
		},
		['Türkiye']
	),
	entry('XYZ', 'Atlantis', {
		recognizesPalestine: { value: 'yes', source: 'facts' }
	})
];

const ROWS = tableRowsOf(COUNTRIES, 2026, 2026);
const NONE: TableFilter = { query: '', values: {}, members: null };
const ids = (rows: { country: { iso3: string } }[]) => rows.map((r) => r.country.iso3);

describe('tableRowsOf', () => {
	it('gives every attribute of every country', () => {
		expect(ROWS.find((r) => r.country.iso3 === 'PAK')?.values).toEqual({
			recognizesIsrael: 'no',
			recognizesPalestine: 'yes',
			palestinianMission: 'embassy',
			missionToPalestine: 'unknown'
		});
	});

	it('follows the year for recognition of Palestine only', () => {
		const rows = tableRowsOf(COUNTRIES, 2000, 2026);
		const of = (iso3: string) => rows.find((r) => r.country.iso3 === iso3)!.values;
		expect(of('PAK').recognizesPalestine).toBe('yes');
		expect(of('SWE').recognizesPalestine).toBe('no');
		// Recognises today, since an unknown date: unknown for a past year.
		expect(of('XYZ').recognizesPalestine).toBe('unknown');
		expect(of('SWE').recognizesIsrael).toBe('yes');
	});
});

describe('filterAndSortRows', () => {
	const byName: TableSort = { key: 'name', direction: 'ascending' };

	it.each<[string, Partial<TableFilter>, string[]]>([
		['no filter', {}, ['XYZ', 'PAK', 'SWE', 'TUR', 'USA']],
		['a name', { query: 'swe' }, ['SWE']],
		['an alias, without accents', { query: 'turkiye' }, ['TUR']],
		['an ISO3 code', { query: 'USA' }, ['USA']],
		['a value', { values: { recognizesIsrael: 'yes' } }, ['SWE', 'TUR', 'USA']],
		[
			'two values',
			{ values: { recognizesIsrael: 'yes', recognizesPalestine: 'yes' } },
			['SWE', 'TUR']
		],
		['members', { members: new Set(['PAK', 'USA', 'FRA']) }, ['PAK', 'USA']],
		[
			'members and a value',
			{ members: new Set(['PAK', 'USA']), values: { recognizesIsrael: 'no' } },
			['PAK']
		],
		['nothing matches', { query: 'zzz' }, []]
	])('filters by %s', (_, filter, expected) => {
		expect(ids(filterAndSortRows(ROWS, { ...NONE, ...filter }, byName))).toEqual(expected);
	});

	it('sorts by name both ways', () => {
		expect(ids(filterAndSortRows(ROWS, NONE, { key: 'name', direction: 'descending' }))).toEqual([
			'USA',
			'TUR',
			'SWE',
			'PAK',
			'XYZ'
		]);
	});

	it('sorts recognition of Palestine by value, then date, undated last', () => {
		expect(
			ids(filterAndSortRows(ROWS, NONE, { key: 'recognizesPalestine', direction: 'ascending' }))
		).toEqual(['TUR', 'PAK', 'SWE', 'XYZ', 'USA']);
		expect(
			ids(filterAndSortRows(ROWS, NONE, { key: 'recognizesPalestine', direction: 'descending' }))
		).toEqual(['USA', 'XYZ', 'SWE', 'PAK', 'TUR']);
	});

	it('keeps unknown values last in both directions', () => {
		for (const direction of ['ascending', 'descending'] as const) {
			const rows = filterAndSortRows(ROWS, NONE, { key: 'palestinianMission', direction });
			expect(rows.slice(-2).map((r) => r.values.palestinianMission)).toEqual([
				'unknown',
				'unknown'
			]);
		}
		expect(
			ids(filterAndSortRows(ROWS, NONE, { key: 'palestinianMission', direction: 'ascending' }))
		).toEqual(['PAK', 'SWE', 'USA', 'XYZ', 'TUR']);
	});
});
