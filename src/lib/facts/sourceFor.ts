/**
 * The source tags that back one attribute of a facts row.
 */
import { splitSource } from './splitSource';

/**
 * The part of a `source` cell for one topic ("Palestine: …", "Israel: …", "mission: …"),
 * without its label; the unlabelled parts when the cell has no part for that topic.
 * @example sourceFor('Palestine: AJ-WAFA; WP-PS | Israel: WP-IL', 'palestine') // 'AJ-WAFA; WP-PS'
 */
export function sourceFor(
	source: string,
	topic: 'palestine' | 'israel' | 'mission'
): string | undefined {
	const parts = splitSource(source);
	return parts[topic] ?? parts.general;
}
