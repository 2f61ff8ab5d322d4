import { json } from '@sveltejs/kit';
import { articleCountry, articleEntries } from '$lib/server/loadAtlas';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One JSON file per country with an article: the panel fetches it on selection. */
export const entries: EntryGenerator = articleEntries;

/** The country's full record (article, attributes with full evidence, warnings). */
export const GET: RequestHandler = ({ params }) => json(articleCountry(params.iso3));
