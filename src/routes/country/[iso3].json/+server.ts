import { json } from '@sveltejs/kit';
import { articleCountry, articleEntries, loadAtlas } from '$lib/server/loadAtlas';
import { withSeeAlsoLinks } from '$lib/server/seeAlsoLinks';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One JSON file per country with an article: the panel fetches it on selection. */
export const entries: EntryGenerator = articleEntries;

/** The country's full record (article, attributes with full evidence, warnings, See-also links). */
export const GET: RequestHandler = ({ params }) =>
	json(withSeeAlsoLinks(articleCountry(params.iso3), loadAtlas().countries));
