/** A run of inline text, plain or bold or code. */
export interface TextRun {
	text: string;
	strong?: boolean;
	code?: boolean;
}

/** Splits one line of Markdown inline text into plain, `**bold**` and `` `code` `` runs. */
function toRuns(text: string): TextRun[] {
	const runs: TextRun[] = [];
	for (const part of text.split(/(\*\*[^*]+\*\*|`[^`]+`)/)) {
		if (!part) continue;
		if (part.startsWith('**') && part.endsWith('**'))
			runs.push({ text: part.slice(2, -2), strong: true });
		else if (part.startsWith('`') && part.endsWith('`'))
			runs.push({ text: part.slice(1, -1), code: true });
		else runs.push({ text: part });
	}
	return runs;
}

/**
 * The bullet items under the `##` heading that starts with `heading` in a Markdown document, as
 * text runs (continuation lines joined); [] when the heading is missing. Renders as text only.
 * @example markdownBullets('## Doubts\n- **Malta:** 2025', 'Doubts')
 * // → [[{ text: 'Malta:', strong: true }, { text: ' 2025' }]]
 */
export function markdownBullets(markdown: string, heading: string): TextRun[][] {
	const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
	const start = lines.findIndex(
		(line) => /^##\s/.test(line) && line.replace(/^##\s+/, '').startsWith(heading)
	);
	if (start < 0) return [];
	const items: string[] = [];
	for (const line of lines.slice(start + 1)) {
		if (/^#{1,2}\s/.test(line)) break;
		if (/^[-*]\s+/.test(line)) items.push(line.replace(/^[-*]\s+/, ''));
		else if (line.trim() && items.length && /^\s/.test(line))
			items[items.length - 1] += ` ${line.trim()}`;
	}
	return items.map(toRuns);
}
