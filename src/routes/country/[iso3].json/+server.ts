import { error, json } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/loadAtlas';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One JSON file per country with an article: the panel fetches it on selection. */
export const entries: EntryGenerator = () =>
	loadAtlas()
		.countries.filter((c) => c.article)
		.map((c) => ({ iso3: c.iso3 }));

/** The country's full record (article, attributes with full evidence, warnings). */
export const GET: RequestHandler = ({ params }) => {
	const country = loadAtlas().countries.find((c) => c.iso3 === params.iso3);
	if (!country?.article) error(404, 'Not found');
	return json(country);
};
