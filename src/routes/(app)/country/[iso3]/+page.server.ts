import { articleCountry, articleEntries } from '$lib/server/loadAtlas';
import { toCountryIndex } from '$lib/server/toCountryIndex';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A page for every country with an article. */
export const entries: EntryGenerator = articleEntries;

/** The country's full record and its index entry; an unknown code (or no article) is a 404. */
export const load: PageServerLoad = ({ params }) => {
	const country = articleCountry(params.iso3);
	const entry = toCountryIndex({ countries: [country], groups: [], problems: [] })[0]!;
	return { country, entry };
};
