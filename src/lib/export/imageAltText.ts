import type { ImageLegendEntry } from './composeMapImage';

/**
 * The image's alt text: the title and every legend entry's count.
 * @example imageAltText('Recognises Palestine', legend) // 'Recognises Palestine: Yes 157, No 39, Unknown 1. …'
 */
export function imageAltText(title: string, legend: ImageLegendEntry[], note?: string): string {
	const counts = legend.map((e) => `${e.label} ${e.count}`).join(', ');
	return `World map, ${title}${note ? ` (${note.toLowerCase()})` : ''}: ${counts} states.`;
}
