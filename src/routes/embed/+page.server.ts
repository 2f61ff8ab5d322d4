import { factsAsOf } from '$lib/server/factsAsOf';
import { loadAtlas } from '$lib/server/loadAtlas';
import { toCountryIndex } from '$lib/server/toCountryIndex';
import { toGroupIndex } from '$lib/server/toGroupIndex';
import type { PageServerLoad } from './$types';

/** The same thin index as the map page, and the date the facts are current to. */
export const load: PageServerLoad = () => ({
	countries: toCountryIndex(loadAtlas()),
	groups: toGroupIndex(loadAtlas()),
	currentYear: new Date().getFullYear(),
	asOf: factsAsOf(loadAtlas())
});
