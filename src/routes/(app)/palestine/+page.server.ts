import { loadAtlas } from '$lib/server/loadAtlas';
import { palestineSummary } from '$lib/server/palestineSummary';
import type { PageServerLoad } from './$types';

/** What the atlas's data says about the State of Palestine itself. */
export const load: PageServerLoad = () => palestineSummary(loadAtlas());
