import { error } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/loadAtlas';
import { toCountryIndex } from '$lib/server/toCountryIndex';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A page for every country with an article. */
export const entries: EntryGenerator = () =>
	loadAtlas()
		.countries.filter((c) => c.article)
		.map((c) => ({ iso3: c.iso3 }));

/** The country's full record and its index entry; an unknown code (or no article) is a 404. */
export const load: PageServerLoad = ({ params }) => {
	const country = loadAtlas().countries.find((c) => c.iso3 === params.iso3);
	if (!country?.article) error(404, 'Not found');
	const entry = toCountryIndex({ countries: [country], problems: [] })[0]!;
	return { country, entry };
};
