/**
 * Splitting a facts row's `source` cell into its per-attribute parts.
 */
import type { SourceParts } from './types';

const LABELS: Record<string, keyof SourceParts> = {
	palestine: 'palestine',
	israel: 'israel',
	mission: 'mission'
};

/**
 * Splits "Palestine: A; B | Israel: C | mission: D" by `|` into its labelled parts (label
 * removed, tag text kept); parts without a known label go to `general`.
 * @example splitSource('Palestine: AJ-WAFA | Israel: WP-IL') // { palestine: 'AJ-WAFA', israel: 'WP-IL' }
 */
export function splitSource(source: string): SourceParts {
	const parts: SourceParts = {};
	const general: string[] = [];
	for (const raw of source.split('|')) {
		const part = raw.trim();
		if (!part) continue;
		const match = /^(palestine|israel|mission)\s*:\s*(.*)$/is.exec(part);
		const key = match ? LABELS[match[1]!.toLowerCase()] : undefined;
		if (key && match) {
			const text = match[2]!.trim();
			parts[key] = parts[key] ? `${parts[key]}; ${text}` : text;
		} else general.push(part);
	}
	if (general.length) parts.general = general.join(' | ');
	return parts;
}
