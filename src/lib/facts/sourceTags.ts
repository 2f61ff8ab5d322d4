/**
 * Source tags in the companion tables' `source` cells: "WD 2022-11; PAL-DK rule".
 */
import { editDistance } from '../countries/editDistance';

/**
 * The tags of a `source` cell, split by `;`, trimmed, empty ones dropped.
 * @example sourceTags('WD 2022-11; PAL-DK rule') // ['WD 2022-11', 'PAL-DK rule']
 */
export function sourceTags(cell: string): string[] {
	return cell
		.split(';')
		.map((tag) => tag.trim())
		.filter(Boolean);
}

/**
 * The known tag closest to an unknown one (same letters ignoring case and spacing, else at most
 * a third of its letters different), or null.
 * @example closestTag('wd 2022-11', ['WD 2022-11']) // 'WD 2022-11'
 */
export function closestTag(tag: string, known: Iterable<string>): string | null {
	const squash = (text: string) => text.toLowerCase().replace(/[\s_]+/g, '');
	let best: string | null = null;
	let bestDistance = Math.max(2, Math.floor(tag.length / 3)) + 1;
	for (const candidate of known) {
		if (squash(candidate) === squash(tag)) return candidate;
		const distance = editDistance(squash(tag), squash(candidate));
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return best;
}
