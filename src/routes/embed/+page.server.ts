import { factsAsOf } from '$lib/server/factsAsOf';
import { loadAtlas } from '$lib/server/loadAtlas';
import { toGroupIndex } from '$lib/server/toGroupIndex';
import { toMapIndex } from '$lib/server/toMapIndex';
import type { PageServerLoad } from './$types';

/** The map page's index without what only the map page shows, and the facts' date. */
export const load: PageServerLoad = () => ({
	countries: toMapIndex(loadAtlas()),
	groups: toGroupIndex(loadAtlas()),
	currentYear: new Date().getFullYear(),
	asOf: factsAsOf(loadAtlas())
});
