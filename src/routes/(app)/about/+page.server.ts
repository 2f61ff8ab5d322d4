import factsReadme from '../../../../data/FACTS.md?raw';
import { atlasToAbout } from '$lib/server/atlasToAbout';
import { loadAtlas } from '$lib/server/loadAtlas';
import type { PageServerLoad } from './$types';

/** Sources, counts, conflicts and doubts for the about page. */
export const load: PageServerLoad = () => atlasToAbout(loadAtlas(), factsReadme);
