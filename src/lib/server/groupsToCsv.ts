import { countryName } from '$lib/countries/countryName';
import { PALESTINE } from '$lib/regions/constants';
import type { AtlasData } from '$lib/types';
import { csvLines } from './csvCell';

/** The columns of /downloads/groups.csv, in order. */
export const GROUPS_CSV_COLUMNS = [
	'group_id',
	'group_name',
	'kind',
	'parent',
	'size',
	'iso3',
	'country',
	'status',
	'since',
	'until',
	'membership_note',
	'counted',
	'source_title',
	'source_url',
	'as_of',
	'group_note'
] as const;

/**
 * Every grouping with its members as CSV (RFC 4180, CRLF): one row per membership period (a
 * state suspended and readmitted has three), with the grouping's kind, size, source and as-of
 * date on every row so a filtered sheet keeps them. `counted` says whether the row is part of
 * the size today (`no` for Palestine, observers and past periods).
 */
export function groupsToCsv(atlas: AtlasData): string {
	const names = new Map(atlas.countries.map((c) => [c.iso3, c.name]));
	const rows = atlas.groups.flatMap((group) =>
		group.members.map((m) => [
			group.id,
			group.name,
			group.kind,
			group.parent,
			group.size,
			m.iso3,
			names.get(m.iso3) ?? countryName(m.iso3) ?? m.iso3,
			m.status,
			m.since,
			m.until,
			m.note,
			!m.until && m.status !== 'observer' && m.iso3 !== PALESTINE ? 'yes' : 'no',
			group.source.cite,
			group.source.url,
			group.source.asOf,
			group.note
		])
	);
	return csvLines([[...GROUPS_CSV_COLUMNS], ...rows]);
}
