import { MAP_POINT_OF_VIEW } from '$lib/map/pointOfView';
import { formatPartialDate } from '$lib/state/formatPartialDate';

/**
 * The sources line under every map the atlas hands out (embed footer, images, social cards).
 * @example sourcesLine('2026-03') // 'Sources: … facts current to March 2026. …'
 */
export function sourcesLine(asOf: string | null): string {
	const current = asOf ? `, facts current to ${formatPartialDate(asOf)}` : '';
	return (
		`Sources: encyclopedia articles on each state's relations with Palestine and the atlas' ` +
		`facts table${current}. ${MAP_POINT_OF_VIEW}`
	);
}
