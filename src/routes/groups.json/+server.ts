import { json } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/loadAtlas';
import { toGroupIndex } from '$lib/server/toGroupIndex';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The groupings with their members (toGroupIndex), fetched rather than written into the pages:
 * the map page at once when its URL names a region and otherwise once it is idle, the embed only
 * when its URL names a region (most embeds show the world and never need them).
 */
export const GET: RequestHandler = () => json(toGroupIndex(loadAtlas()));
