import { withMapIndex } from '$lib/state/mapIndexText';
import type { PageLoad } from './$types';

/** The server's data, the countries read from their JSON text (mapIndexText). */
export const load: PageLoad = ({ data }) => withMapIndex(data);
