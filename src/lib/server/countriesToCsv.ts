import { ATTRIBUTE_IDS, type AtlasData, type Attribute } from '$lib/types';

/** Quotes a CSV cell when needed and defuses spreadsheet formulas (a leading = + - @). */
function cell(value: string | undefined): string {
	let text = value ?? '';
	if (/^[=+\-@]/.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The columns written for each attribute, after its id. */
const ATTRIBUTE_COLUMNS: [string, (a: Attribute) => string | undefined][] = [
	['', (a) => a.value],
	['_date', (a) => a.date],
	['_city', (a) => a.city],
	['_source', (a) => a.source],
	['_cite', (a) => a.cite],
	['_as_of', (a) => a.asOf],
	['_evidence', (a) => a.evidence],
	['_article_says', (a) => a.conflict?.value],
	['_article_evidence', (a) => a.conflict?.evidence]
];

/**
 * The full country table as CSV (RFC 4180, CRLF): one row per country, and for every
 * attribute its value, date, city, source (infobox, text or facts), the facts table's cite and
 * date, the evidence, and what the article said where it disagreed.
 */
export function countriesToCsv(atlas: AtlasData): string {
	const header = ['iso3', 'name', 'article_title'];
	for (const id of ATTRIBUTE_IDS)
		for (const [suffix] of ATTRIBUTE_COLUMNS) header.push(id + suffix);
	const rows = atlas.countries.map((country) => {
		const cells = [country.iso3, country.name, country.article?.title];
		for (const id of ATTRIBUTE_IDS) {
			const attribute = country.attributes[id] ?? { value: 'unknown' };
			for (const [, read] of ATTRIBUTE_COLUMNS) cells.push(read(attribute));
		}
		return cells.map(cell).join(',');
	});
	return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
