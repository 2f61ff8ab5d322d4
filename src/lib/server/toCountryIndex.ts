import type { Attribute, AtlasData, Reading } from '$lib/types';
import type { CountryIndexEntry } from '$lib/state/types';

/** Longest lead kept in the index; the full text comes with the article's JSON. */
export const INDEX_TEXT_LIMIT = 280;

/** Cuts `text` at a word boundary to at most `limit` characters, marking the cut with "…". */
export function trimText(text: string, limit = INDEX_TEXT_LIMIT): string {
	if (text.length <= limit) return text;
	const cut = text.slice(0, limit - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A reading without its quoted evidence. */
function withoutEvidence<R extends Reading>(reading: R): R {
	const { evidence: _evidence, ...rest } = reading;
	return rest as R;
}

/**
 * An attribute as the map and the table need it: value, date, city, source and cite, but no
 * quoted evidence (its own, the conflict's or the agreement's). The panel shows the value at
 * once and the quotes when the country's JSON arrives (preloaded on hover and focus).
 */
function thinAttribute(attribute: Attribute): Attribute {
	const thin: Attribute = withoutEvidence(attribute);
	if (thin.conflict) thin.conflict = withoutEvidence(thin.conflict);
	if (thin.agreement) thin.agreement = withoutEvidence(thin.agreement);
	return thin;
}

/**
 * The thin index the home page ships: every country with its names, article title, the first
 * paragraph of its lead (trimmed) and its attributes; no article bodies. Countries with an
 * article drop their quoted evidence, which comes with `/country/<ISO3>.json`; the others keep
 * it (the facts row's cells and note), as the index is the only record the page has of them.
 */
export function toCountryIndex(atlas: AtlasData): CountryIndexEntry[] {
	return atlas.countries.map((country) => {
		const lead = country.article?.summary.split(/\n\s*\n|\n/)[0]?.trim() ?? null;
		const attributes = Object.fromEntries(
			Object.entries(country.attributes).map(([id, attribute]) => [
				id,
				country.article ? thinAttribute(attribute) : attribute
			])
		) as CountryIndexEntry['attributes'];
		return {
			iso3: country.iso3,
			name: country.name,
			aliases: country.aliases,
			hasArticle: country.article !== null,
			title: country.article?.title ?? null,
			lead: lead ? trimText(lead) : null,
			attributes,
			...(country.statehood ? { statehood: country.statehood } : {})
		};
	});
}
