import type { AtlasData } from '$lib/types';
import generated from './generated/countries.json';

/** The generated data (written by scripts/build-data.ts), typed by the shared contract. */
const ATLAS = generated as unknown as AtlasData;

/** The whole generated atlas, for load functions and endpoints (server only, read-only). */
export function loadAtlas(): AtlasData {
	return ATLAS;
}
