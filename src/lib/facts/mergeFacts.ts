/**
 * Merging the facts table into the countries read from articles.
 */
import { ATTRIBUTE_IDS } from '../types';
import type { Attribute, AttributeId, CountryRecord, Problem, Reading } from '../types';
import { factsToReadings } from './factsToReadings';
import { mergeReading } from './mergeReading';
import type { FactsRow } from './types';

/**
 * Every country of either list, sorted by iso3, each attribute merged by `mergeReading`; one
 * warning per article/table disagreement, naming both sources. Countries only in the table get
 * `article: null` and `aliases: []` (the caller fills aliases). Pure: inputs are not changed.
 * `articlesDir` prefixes article file names that have no folder, for messages. `more` gives
 * readings from the companion tables (by iso3), which replace the row's reading of the same
 * attribute (each names its own `file` and `line`).
 * @example const { countries, problems } = mergeFacts(fromArticles, parseFacts(text, 'data/facts.csv').rows, 'data/facts.csv');
 */
export function mergeFacts(
	countries: CountryRecord[],
	rows: FactsRow[],
	file: string,
	articlesDir = 'data/articles',
	more: ReadonlyMap<string, Partial<Record<AttributeId, Reading>>> = new Map()
): { countries: CountryRecord[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const rowOf = new Map(rows.map((row) => [row.iso3, row]));
	const countryOf = new Map(countries.map((country) => [country.iso3, country]));
	const codes = [...new Set([...countryOf.keys(), ...rowOf.keys()])].sort();

	const merged = codes.map((iso3): CountryRecord => {
		const country = countryOf.get(iso3);
		const row = rowOf.get(iso3);
		const facts = { ...(row ? factsToReadings(row) : {}), ...more.get(iso3) };
		const attributes = {} as Record<AttributeId, Attribute>;
		for (const id of ATTRIBUTE_IDS) {
			const attribute = mergeReading(country?.attributes[id], facts[id]);
			attributes[id] = attribute;
			if (attribute.conflict && country && (row || attribute.file))
				problems.push(conflictWarning(country, id, attribute, row?.line ?? 1, file, articlesDir));
		}
		if (country) return { ...country, attributes };
		return {
			iso3,
			name: row?.name ?? iso3,
			aliases: [],
			article: null,
			attributes,
			warnings: []
		};
	});
	return { countries: merged, problems };
}

/** "yes (1988-11-16)", "embassy (Dhaka)", "no". */
function describe(reading: Reading): string {
	const detail = [reading.date, reading.city].filter(Boolean).join(', ');
	return detail ? `${reading.value} (${detail})` : reading.value;
}

/** The warning for an article reading the facts table overrode, located at the article's line. */
function conflictWarning(
	country: CountryRecord,
	id: AttributeId,
	attribute: Attribute,
	rowLine: number,
	factsFile: string,
	articlesDir: string
): Problem {
	// A reading from a companion table names its own file and line.
	const file = attribute.file ?? factsFile;
	const row = { line: attribute.file ? (attribute.line ?? 1) : rowLine };
	const article = attribute.conflict!;
	const articleFile = country.article
		? country.article.file.includes('/')
			? country.article.file
			: `${articlesDir.replace(/\/+$/, '')}/${country.article.file}`
		: 'the article';
	const where = article.line !== undefined ? `${articleFile}:${article.line}` : articleFile;
	const tags = [attribute.cite, attribute.asOf ? `as of ${attribute.asOf}` : '']
		.filter(Boolean)
		.join(', ');
	return {
		severity: 'warning',
		file: country.article && article.line !== undefined ? articleFile : file,
		line: country.article && article.line !== undefined ? article.line : row.line,
		message: `${country.name} ${id}: ${where} says ${describe(article)} but ${file}:${row.line}${tags ? ` (${tags})` : ''} says ${describe(attribute)}`,
		hint: `the facts table's value is used and the panel shows both; if the table is wrong, correct ${file}:${row.line} and its source`
	};
}
