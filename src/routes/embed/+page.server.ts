import { factsAsOf } from '$lib/server/factsAsOf';
import { loadAtlas } from '$lib/server/loadAtlas';
import { toMapIndex } from '$lib/server/toMapIndex';
import { mapIndexText } from '$lib/state/mapIndexText';
import type { PageServerLoad } from './$types';

/**
 * The map page's index without what only the map page shows (as JSON text, see mapIndexText),
 * and the facts' date. The groupings `?region=` names are fetched on demand (/groups.json).
 */
export const load: PageServerLoad = () => ({
	countries: mapIndexText(toMapIndex(loadAtlas())),
	currentYear: new Date().getFullYear(),
	asOf: factsAsOf(loadAtlas())
});
