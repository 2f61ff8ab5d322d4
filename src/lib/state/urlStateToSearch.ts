import { DEFAULT_PICKER_ID } from './labels';
import type { UrlState } from './types';

/**
 * The query string (with `?`, or empty) for a view, naming only what differs from the default,
 * so the default view keeps the bare URL.
 * @example urlStateToSearch({ attr: 'recognizesIsrael', country: 'PAK', year: 2026, region: null }, 2026)
 * // → '?attr=recognizesIsrael&country=PAK'
 */
export function urlStateToSearch(state: UrlState, currentYear: number): string {
	const params = new URLSearchParams();
	if (state.attr !== DEFAULT_PICKER_ID) params.set('attr', state.attr);
	if (state.country) params.set('country', state.country);
	if (state.year !== currentYear) params.set('year', String(state.year));
	if (state.region) params.set('region', state.region);
	const search = params.toString();
	return search ? `?${search}` : '';
}
