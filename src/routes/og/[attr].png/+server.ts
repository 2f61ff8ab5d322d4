import { error } from '@sveltejs/kit';
import { Resvg } from '@resvg/resvg-js';
import worldSvg from '$lib/generated/worldSvg.json';
import { sourcesLine } from '$lib/embed/sourcesLine';
import { composeMapImage } from '$lib/export/composeMapImage';
import { viewColors } from '$lib/export/viewColors';
import type { WorldSvg } from '$lib/map/types';
import { factsAsOf } from '$lib/server/factsAsOf';
import { loadAtlas } from '$lib/server/loadAtlas';
import { PICKER_IDS, PICKER_LABELS, isPickerId } from '$lib/state/labels';
import type { EntryGenerator, RequestHandler } from './$types';

/** One card per attribute, rasterised at build time. */
export const prerender = true;
export const entries: EntryGenerator = () => PICKER_IDS.map((attr) => ({ attr }));

/**
 * The default view of an attribute as a PNG (2×): the pages' `og:image` and the embed's
 * `<noscript>` picture. Text takes the machine's sans-serif fonts (any will do; none, no text).
 */
export const GET: RequestHandler = ({ params }) => {
	if (!isPickerId(params.attr)) error(404, 'Not found');
	const atlas = loadAtlas();
	const year = new Date().getFullYear();
	const { fills, legend } = viewColors(atlas.countries, params.attr, year, year);
	const image = composeMapImage({
		title: `Palestine Relations Atlas: ${PICKER_LABELS[params.attr]}`,
		world: worldSvg as unknown as WorldSvg,
		fills,
		legend,
		sources: sourcesLine(factsAsOf(atlas))
	});
	const png = new Resvg(image.svg, {
		fitTo: { mode: 'zoom', value: 2 },
		font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }
	})
		.render()
		.asPng();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
