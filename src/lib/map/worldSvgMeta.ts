import meta from '$lib/generated/worldSvgMeta.json';
import type { WorldSvgMeta } from './types';

/** What build-geo wrote of the static map (everything but the paths), typed. */
export const worldSvgMeta = meta as unknown as WorldSvgMeta;
