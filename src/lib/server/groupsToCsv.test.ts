import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { countriesToCsv } from './countriesToCsv';
import { ATLAS_WITH_GROUPS } from './groupsFixture';
import { GROUPS_CSV_COLUMNS, groupsToCsv } from './groupsToCsv';

describe('countriesToCsv: regions and blocs', () => {
	const text = countriesToCsv(ATLAS_WITH_GROUPS);
	const rows = parse(text, { columns: true }) as Record<string, string>[];

	it('adds the M49 places and one column per bloc and UN group, after the attributes', () => {
		const header = text.split('\r\n')[0]!.split(',');
		expect(header.slice(-6)).toEqual([
			'm49_region',
			'm49_subregion',
			'm49_intermediate_region',
			'group_arab_league',
			'group_oic',
			'group_un_weog'
		]);
	});

	it.each([
		['BHR', 'm49_region', 'Asia'],
		['BHR', 'm49_subregion', 'Western Asia'],
		['BHR', 'm49_intermediate_region', ''],
		['BHR', 'group_arab_league', 'member'],
		['BHR', 'group_oic', ''],
		['BHR', 'group_un_weog', 'observer'],
		['TUR', 'group_oic', 'suspended'],
		['TUR', 'group_arab_league', '']
	])('%s %s = %s', (iso3, column, expected) => {
		expect(rows.find((r) => r.iso3 === iso3)?.[column]).toBe(expected);
	});

	it('ends every line with CRLF', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.split('\r\n')).toHaveLength(ATLAS_WITH_GROUPS.countries.length + 2);
	});
});

describe('groupsToCsv', () => {
	const text = groupsToCsv(ATLAS_WITH_GROUPS);
	const rows = parse(text, { columns: true }) as Record<string, string>[];

	it('has the documented columns and one row per membership period', () => {
		expect(text.split('\r\n')[0]).toBe(GROUPS_CSV_COLUMNS.join(','));
		expect(rows.map((r) => `${r.group_id} ${r.iso3} ${r.status}`)).toEqual([
			'asia BHR member',
			'asia PSE member',
			'asia TUR member',
			'western-asia BHR member',
			'western-asia PSE member',
			'western-asia TUR member',
			'arab-league BHR member',
			'arab-league PSE member',
			'oic TUR member',
			'oic TUR suspended',
			'un-weog BHR observer'
		]);
		expect(text.endsWith('\r\n')).toBe(true);
	});

	it('carries names, dates, notes, size, parent and the source on every row', () => {
		const palestine = rows.find((r) => r.group_id === 'arab-league' && r.iso3 === 'PSE')!;
		expect(palestine).toMatchObject({
			group_name: 'Arab League',
			kind: 'bloc',
			size: '1',
			country: 'Palestine',
			since: '1976',
			membership_note: 'represented by the PLO',
			counted: 'no',
			source_title: 'A list',
			source_url: 'https://example.org/members',
			as_of: '2025-10'
		});
		expect(rows.find((r) => r.group_id === 'western-asia')?.parent).toBe('asia');
		expect(rows.find((r) => r.group_id === 'oic' && r.status === 'member')).toMatchObject({
			until: '2012',
			counted: 'no',
			source_url: ''
		});
		expect(rows.find((r) => r.group_id === 'oic' && r.status === 'suspended')?.counted).toBe('yes');
		expect(rows.find((r) => r.group_id === 'un-weog')?.counted).toBe('no');
	});

	it('defuses a formula and quotes a comma', () => {
		expect(rows.find((r) => r.group_id === 'arab-league')?.group_note).toBe(
			`'=HYPERLINK("x"), a note`
		);
		expect(text).toContain(`"'=HYPERLINK(""x""), a note"`);
	});
});
