import type { Attribute, AtlasData } from '$lib/types';
import type { CountryIndexEntry } from '$lib/state/types';

/** Longest evidence or lead kept in the index; the full text comes with the article's JSON. */
export const INDEX_TEXT_LIMIT = 280;

/** Cuts `text` at a word boundary to at most `limit` characters, marking the cut with "…". */
export function trimText(text: string, limit = INDEX_TEXT_LIMIT): string {
	if (text.length <= limit) return text;
	const cut = text.slice(0, limit - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** An attribute with long text fields trimmed (its conflict reading too). */
function trimAttribute(attribute: Attribute): Attribute {
	const trimmed: Attribute = { ...attribute };
	if (trimmed.evidence) trimmed.evidence = trimText(trimmed.evidence);
	if (trimmed.conflict?.evidence) {
		trimmed.conflict = { ...trimmed.conflict, evidence: trimText(trimmed.conflict.evidence) };
	}
	return trimmed;
}

/**
 * The thin index the home page ships: every country with its names, article title, the first
 * paragraph of its lead and its attributes (long text trimmed); no article bodies.
 */
export function toCountryIndex(atlas: AtlasData): CountryIndexEntry[] {
	return atlas.countries.map((country) => {
		const lead = country.article?.summary.split(/\n\s*\n|\n/)[0]?.trim() ?? null;
		const attributes = Object.fromEntries(
			Object.entries(country.attributes).map(([id, attribute]) => [id, trimAttribute(attribute)])
		) as CountryIndexEntry['attributes'];
		return {
			iso3: country.iso3,
			name: country.name,
			aliases: country.aliases,
			hasArticle: country.article !== null,
			title: country.article?.title ?? null,
			lead: lead ? trimText(lead) : null,
			attributes
		};
	});
}
