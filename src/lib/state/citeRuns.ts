import type { SourceInfo } from '$lib/types';

/** A piece of a citation: plain text, or a source the tables define. */
export type CiteRun = { text: string } | { source: SourceInfo };

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * A citation or note split into text and the sources it names, so each tag can be shown as its
 * titled link. Tags are matched longest first, on word boundaries; what is not a tag stays text.
 * @example citeRuns('WP-IL 2024-06 + SINDOnews 2023-12', sources) // [{ source: WP-IL }, { text: ' 2024-06 + ' }, { source: SINDOnews 2023-12 }]
 */
export function citeRuns(text: string, sources: Record<string, SourceInfo>): CiteRun[] {
	const tags = Object.keys(sources).sort((a, b) => b.length - a.length);
	const runs: CiteRun[] = [];
	let plain = '';
	for (let i = 0; i < text.length;) {
		const tag = isWordChar(text[i - 1])
			? undefined
			: tags.find((t) => text.startsWith(t, i) && !isWordChar(text[i + t.length]));
		if (tag) {
			if (plain) runs.push({ text: plain });
			plain = '';
			runs.push({ source: sources[tag]! });
			i += tag.length;
		} else plain += text[i++];
	}
	if (plain) runs.push({ text: plain });
	return runs;
}
