import { ATTRIBUTE_IDS, type AtlasData, type Attribute, type SourceInfo } from '$lib/types';
import { membersIn } from '$lib/regions/membersIn';
import { citeRuns } from '$lib/state/citeRuns';
import { csvLines } from './csvCell';

type Sources = Record<string, SourceInfo>;

/** The columns written for each attribute, after its id. */
const ATTRIBUTE_COLUMNS: [string, (a: Attribute, sources: Sources) => string | undefined][] = [
	['', (a) => a.value],
	['_date', (a) => a.date],
	['_city', (a) => a.city],
	['_source', (a) => a.source],
	['_cite', (a) => a.cite],
	['_cite_url', (a, sources) => citeUrls(a.cite, sources)],
	['_as_of', (a) => a.asOf],
	['_evidence', (a) => a.evidence],
	['_article_says', (a) => a.conflict?.value],
	['_article_evidence', (a) => a.conflict?.evidence]
];

/**
 * The addresses of the sources a cite names, in its order, separated by "; " (a tag without a
 * known address adds none), so every source tag in the table can be followed.
 * @example citeUrls('AJ-WAFA; WP-PS', sources) // 'https://www.aljazeera.com/…; https://en.wikipedia.org/…'
 */
export function citeUrls(cite: string | undefined, sources: Sources): string | undefined {
	if (!cite) return undefined;
	const urls = citeRuns(cite, sources).flatMap((run) =>
		'source' in run && run.source.url ? [run.source.url] : []
	);
	return [...new Set(urls)].join('; ') || undefined;
}

/**
 * The column of a bloc or UN group: `group_` and its id with underscores.
 * @example groupColumn('arab-league') // 'group_arab_league'
 */
export function groupColumn(id: string): string {
	return `group_${id.replace(/-/g, '_')}`;
}

/**
 * The full country table as CSV (RFC 4180, CRLF): one row per country, and for every
 * attribute its value, date, city, source (infobox, text or facts), the facts table's cite, the
 * addresses of the sources it names, and its date, the evidence, and what the article said where it disagreed; then the country's UN M49
 * region, sub-region and intermediate region (names), and one column per bloc and UN group
 * with its standing today (`member`, `suspended`, `observer`, or empty).
 */
export function countriesToCsv(atlas: AtlasData): string {
	const blocs = atlas.groups.filter((g) => g.kind === 'bloc' || g.kind === 'un-group');
	const nameOf = new Map(atlas.groups.map((g) => [g.id, g.name]));
	const header = ['iso3', 'name', 'article_title'];
	for (const id of ATTRIBUTE_IDS)
		for (const [suffix] of ATTRIBUTE_COLUMNS) header.push(id + suffix);
	header.push('m49_region', 'm49_subregion', 'm49_intermediate_region');
	header.push(...blocs.map((g) => groupColumn(g.id)));
	const standing = blocs.map((g) => new Map(membersIn(g).map((m) => [m.iso3, m.status] as const)));
	const rows = atlas.countries.map((country) => {
		const cells = [country.iso3, country.name, country.article?.title];
		for (const id of ATTRIBUTE_IDS) {
			const attribute = country.attributes[id] ?? { value: 'unknown' };
			for (const [, read] of ATTRIBUTE_COLUMNS) cells.push(read(attribute, atlas.sources ?? {}));
		}
		const place = country.groups;
		for (const id of [place?.region, place?.subregion, place?.intermediate])
			cells.push(id ? nameOf.get(id) : undefined);
		for (const byIso3 of standing) cells.push(byIso3.get(country.iso3));
		return cells;
	});
	return csvLines([header, ...rows]);
}
