import { factsAsOf } from '$lib/server/factsAsOf';
import { loadAtlas } from '$lib/server/loadAtlas';
import { toCountryIndex } from '$lib/server/toCountryIndex';
import { toGroupIndex } from '$lib/server/toGroupIndex';
import { usedSources } from '$lib/server/usedSources';
import type { PageServerLoad } from './$types';

/** The thin country index (no article bodies), the groups, the build's year and the facts' date. */
export const load: PageServerLoad = () => ({
	countries: toCountryIndex(loadAtlas()),
	groups: toGroupIndex(loadAtlas()),
	sources: usedSources(loadAtlas()),
	currentYear: new Date().getFullYear(),
	asOf: factsAsOf(loadAtlas())
});
