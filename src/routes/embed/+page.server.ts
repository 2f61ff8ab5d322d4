import { factsAsOf } from '$lib/server/factsAsOf';
import { loadAtlas } from '$lib/server/loadAtlas';
import { toCountryIndex } from '$lib/server/toCountryIndex';
import type { PageServerLoad } from './$types';

/** The same thin index as the map page, and the date the facts are current to. */
export const load: PageServerLoad = () => ({
	countries: toCountryIndex(loadAtlas()),
	currentYear: new Date().getFullYear(),
	asOf: factsAsOf(loadAtlas())
});
