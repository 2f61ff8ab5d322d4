import { compareNames } from '../compareNames';
import { ATTRIBUTE_IDS, ATTRIBUTE_VALUES, type AttributeId } from '$lib/types';
import { displayValue } from './displayValue';
import { foldName } from './searchCountries';
import type { CountryIndexEntry } from './types';

/** A column the country table sorts by. */
export type TableSortKey = 'name' | AttributeId;

/** How the country table is sorted. */
export interface TableSort {
	key: TableSortKey;
	direction: 'ascending' | 'descending';
}

/** What the country table is filtered by; empty fields filter nothing. */
export interface TableFilter {
	/** Part of a name, an alias or the ISO3 code. */
	query: string;
	/** Per attribute: only rows with this value. */
	values: Partial<Record<AttributeId, string>>;
	/** Only these ISO3 codes (a region's members), or null for all. */
	members: ReadonlySet<string> | null;
}

/** One row of the table: the country and its value of every attribute for the chosen year. */
export interface TableRow {
	country: CountryIndexEntry;
	values: Record<AttributeId, string>;
}

/**
 * Every attribute's value of each country at the end of `year` (recognition of Palestine follows
 * the year; the other attributes have no history and show today's value).
 * @example tableRowsOf(countries, 1990, 2026)[0].values.recognizesPalestine // 'no'
 */
export function tableRowsOf(
	countries: readonly CountryIndexEntry[],
	year: number,
	currentYear: number
): TableRow[] {
	return countries.map((country) => ({
		country,
		values: Object.fromEntries(
			ATTRIBUTE_IDS.map((id) => [
				id,
				String(displayValue(country.attributes, id, year, currentYear, country.statehood))
			])
		) as Record<AttributeId, string>
	}));
}

/** True when the row passes every part of the filter. */
function matches(row: TableRow, filter: TableFilter, query: string): boolean {
	if (filter.members && !filter.members.has(row.country.iso3)) return false;
	for (const id of ATTRIBUTE_IDS) {
		const wanted = filter.values[id];
		if (wanted && row.values[id] !== wanted) return false;
	}
	if (!query) return true;
	const { iso3, name, aliases } = row.country;
	return (
		iso3.toLowerCase() === query || [name, ...aliases].some((n) => foldName(n).includes(query))
	);
}

/** Sort rank of a value: its place in ATTRIBUTE_VALUES (`unknown`, listed last, sorts last). */
function rankOf(id: AttributeId, value: string): number {
	const rank = (ATTRIBUTE_VALUES[id] as readonly string[]).indexOf(value);
	return rank < 0 || value === 'unknown' ? Infinity : rank;
}

/**
 * The rows that pass `filter`, in `sort` order. Values sort in their listed order (yes before
 * no; embassy before other before none), with `unknown` last in either direction; recognition of
 * Palestine then by date (earliest first, undated last); ties by name.
 * @example filterAndSortRows(rows, { query: 'pak', values: {}, members: null }, { key: 'name', direction: 'ascending' })
 */
export function filterAndSortRows(
	rows: readonly TableRow[],
	filter: TableFilter,
	sort: TableSort
): TableRow[] {
	const query = foldName(filter.query);
	const kept = rows.filter((row) => matches(row, filter, query));
	const sign = sort.direction === 'ascending' ? 1 : -1;
	const byName = (a: TableRow, b: TableRow) => compareNames(a.country.name, b.country.name);
	const key = sort.key;
	if (key === 'name') return kept.sort((a, b) => sign * byName(a, b));
	return kept.sort((a, b) => {
		const ra = rankOf(key, a.values[key]);
		const rb = rankOf(key, b.values[key]);
		if (ra !== rb) {
			if (ra === Infinity || rb === Infinity) return ra === Infinity ? 1 : -1;
			return sign * (ra - rb);
		}
		if (key === 'recognizesPalestine') {
			const da = a.country.attributes.recognizesPalestine?.date ?? '9999';
			const db = b.country.attributes.recognizesPalestine?.date ?? '9999';
			if (da !== db) return sign * da.localeCompare(db);
		}
		return byName(a, b);
	});
}
