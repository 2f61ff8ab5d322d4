import { json } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/loadAtlas';
import { toGroupIndex } from '$lib/server/toGroupIndex';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The groupings `?region=` may name (toGroupIndex), for the embed, which fetches them only when
 * its URL names a region: most embeds show the world and never need them.
 */
export const GET: RequestHandler = () => json(toGroupIndex(loadAtlas()));
