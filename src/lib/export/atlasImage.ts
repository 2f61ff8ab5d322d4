import { sourcesLine } from '$lib/embed/sourcesLine';
import type { MapTheme } from '$lib/map/mapStyle';
import type { AtlasState } from '$lib/state/atlasState.svelte';
import { PICKER_LABELS } from '$lib/state/labels';
import type { MapCountry } from '$lib/state/types';
import type { MapImageInput } from './composeMapImage';

/** The image input for the view an AtlasState shows (map page and embed alike). */
export function atlasImage(
	atlas: AtlasState<MapCountry>,
	asOf: string | null,
	theme: MapTheme,
	url: string
): Omit<MapImageInput, 'world'> {
	const { attr, year, country } = atlas.view;
	const byYear =
		(attr === 'recognizesPalestine' || attr === 'recognitionYear') && year < atlas.currentYear;
	return {
		title: `Palestine Relations Atlas: ${PICKER_LABELS[attr]}`,
		note: byYear ? `By the end of ${year}` : undefined,
		fills: atlas.fills,
		legend: atlas.legend,
		sources: sourcesLine(asOf),
		url,
		selected: country,
		theme
	};
}
