import { redirect } from '@sveltejs/kit';
import { countryEntries, countryRecord, loadAtlas } from '$lib/server/loadAtlas';
import { withSeeAlsoLinks } from '$lib/server/seeAlsoLinks';
import { toCountryIndex } from '$lib/server/toCountryIndex';
import { usedSources } from '$lib/server/usedSources';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A page for every state on the map (with or without an article), and its lower-case code. */
export const entries: EntryGenerator = countryEntries;

/**
 * The state's full record, its index entry and the sources it cites; a lower-case code
 * redirects to the upper-case page, an unknown code is a 404.
 */
export const load: PageServerLoad = ({ params }) => {
	const upper = params.iso3.toUpperCase();
	if (params.iso3 !== upper) redirect(308, `/country/${upper}`);
	const country = withSeeAlsoLinks(countryRecord(upper), loadAtlas().countries);
	const entry = toCountryIndex({ countries: [country], groups: [], problems: [] })[0]!;
	return { country, entry, sources: usedSources(loadAtlas(), [country]) };
};
