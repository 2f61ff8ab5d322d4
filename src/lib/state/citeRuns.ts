import type { SourceInfo } from '$lib/types';

/** A piece of a citation: plain text, or a source the tables define. */
export type CiteRun = { text: string } | { source: SourceInfo };

/** A letter or digit: a tag must not start after one or end before one. */
const WORD = '[\\p{L}\\p{N}]';

/** One pattern per sources table (a page has one), built on first use. */
const patterns = new WeakMap<Record<string, SourceInfo>, RegExp | null>();

/**
 * Every tag of `sources`, longest first, on word boundaries, as one pattern with the tag
 * captured; null when there are no tags. One pass of a regular expression rather than every
 * tag tried at every character: the panel's first render (cold code) calls this for each value.
 */
function tagPattern(sources: Record<string, SourceInfo>): RegExp | null {
	let pattern = patterns.get(sources);
	if (pattern === undefined) {
		const tags = Object.keys(sources)
			.filter(Boolean)
			.sort((a, b) => b.length - a.length)
			.map((tag) => tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		pattern = tags.length ? new RegExp(`(?<!${WORD})(${tags.join('|')})(?!${WORD})`, 'u') : null;
		patterns.set(sources, pattern);
	}
	return pattern;
}

/**
 * A citation or note split into text and the sources it names, so each tag can be shown as its
 * titled link. Tags are matched longest first, on word boundaries; what is not a tag stays text.
 * @example citeRuns('WP-IL 2024-06 + SINDOnews 2023-12', sources) // [{ source: WP-IL }, { text: ' 2024-06 + ' }, { source: SINDOnews 2023-12 }]
 */
export function citeRuns(text: string, sources: Record<string, SourceInfo>): CiteRun[] {
	const pattern = tagPattern(sources);
	if (!pattern) return text ? [{ text }] : [];
	// With the tag captured, split alternates text (even indices) and tags (odd indices).
	return text
		.split(pattern)
		.map((piece, i): CiteRun | null =>
			i % 2 ? { source: sources[piece]! } : piece ? { text: piece } : null
		)
		.filter((run): run is CiteRun => run !== null);
}
