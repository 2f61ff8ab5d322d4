import { imageAltText } from '$lib/export/imageAltText';
import { viewColors } from '$lib/export/viewColors';
import { pickerSections } from '$lib/regions/pickerSections';
import { factsAsOf } from '$lib/server/factsAsOf';
import { loadAtlas } from '$lib/server/loadAtlas';
import { toGroupIndex } from '$lib/server/toGroupIndex';
import { toMapIndex } from '$lib/server/toMapIndex';
import { mapIndexText } from '$lib/state/mapIndexText';
import { DEFAULT_PICKER_ID, PICKER_LABELS } from '$lib/state/labels';
import type { PageServerLoad } from './$types';

/**
 * The countries' values (toMapIndex; as JSON text, see mapIndexText), the region picker's list
 * of the groupings, the build's year, the facts' date and the social card's description. The
 * rest is fetched by the page once it is interactive: the countries' sources, search names and
 * leads (/country-index.json), the groupings' members (/groups.json) and the sources' titles
 * (/sources.json). Carried in the HTML they were most of its data, parsed before the page could
 * answer a tap.
 */
export const load: PageServerLoad = () => {
	const countries = toMapIndex(loadAtlas());
	const currentYear = new Date().getFullYear();
	/** The social card's description: the default view's counts (the card is built from it). */
	const { legend } = viewColors(countries, DEFAULT_PICKER_ID, currentYear, currentYear);
	return {
		countries: mapIndexText(countries),
		regionSections: pickerSections(toGroupIndex(loadAtlas())),
		currentYear,
		asOf: factsAsOf(loadAtlas()),
		imageAlt: imageAltText(PICKER_LABELS[DEFAULT_PICKER_ID], legend)
	};
};
