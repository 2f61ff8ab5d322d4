/**
 * A meta description from an article's lead: its first paragraph, whitespace collapsed, cut at a
 * word before `limit` characters with "…".
 * @example trimDescription('Pakistan–Palestine relations refer to …') // same text, ≤ 200 chars
 */
export function trimDescription(summary: string, limit = 200): string {
	const first = (summary.split(/\n/).find((line) => line.trim()) ?? '').replace(/\s+/g, ' ').trim();
	if (first.length <= limit) return first;
	const cut = first.slice(0, limit - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
