import { titleToParties } from '$lib/articles/titleToParties';
import type { CountryRecord } from '$lib/types';

/** Palestine's own relations, recognition and missions: what the atlas's `/palestine` page covers. */
const ABOUT_PALESTINE =
	/^(?:foreign relations|international recognition|list of diplomatic missions) of (?:the )?(?:state of )?palestine$/i;
/** A relations article's title ("Iran–Palestine relations", "Relations between … and …"). */
const RELATIONS = /\brelations?\b/i;

/**
 * The atlas page a See-also item names, or null: "X–Palestine relations" is X's page
 * (`/country/X`, when X is a state of the atlas other than `self`), and Palestine's foreign
 * relations, recognition or missions abroad are `/palestine`.
 * @example seeAlsoHref('Iran–Palestine relations', 'AFG', new Set(['IRN'])) // '/country/IRN'
 */
export function seeAlsoHref(
	item: string,
	self: string,
	states: ReadonlySet<string>
): string | null {
	const text = item.trim().replace(/\s+/g, ' ');
	if (ABOUT_PALESTINE.test(text)) return '/palestine';
	if (!RELATIONS.test(text)) return null;
	const parsed = titleToParties(text);
	if (!parsed.ok) return null;
	const { iso3 } = parsed.parties;
	return iso3 !== self && states.has(iso3) ? `/country/${iso3}` : null;
}

/**
 * The record with `seeAlsoLinks`: each of its article's See-also items that names an atlas page,
 * with that page's address.
 */
export function withSeeAlsoLinks<T extends CountryRecord>(
	record: T,
	countries: readonly CountryRecord[]
): T {
	const states = new Set(countries.map((c) => c.iso3));
	const links: Record<string, string> = {};
	for (const item of record.article?.seeAlso ?? []) {
		const href = seeAlsoHref(item, record.iso3, states);
		if (href) links[item] = href;
	}
	return { ...record, seeAlsoLinks: links };
}
