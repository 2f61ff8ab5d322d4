import { findDate } from '../findDate';
import { splitSentences } from '../splitSentences';
import type { Paragraph } from '../types';
import type { Sentence } from './types';

/** A list item's marker ("- ", "* ", "• "). */
const BULLET = /^[-*•]\s+/;

/**
 * Every sentence of the prose with its line, in article order. Each item of a bulleted list is a
 * sentence of its own, full stop or not ("- Palestine has an embassy in Buenos Aires").
 * @example paragraphsToSentences([{ text: 'A. B.', line: 3, breaks: [], section: null }]).length // 2
 */
export function paragraphsToSentences(paragraphs: Paragraph[]): Sentence[] {
	const sentences: Sentence[] = [];
	for (const p of paragraphs) {
		// Breaks are in offset order, and so are the sentences: one pass finds each line.
		let line = p.line;
		let next = 0;
		for (const s of itemSentences(p.text)) {
			while (next < p.breaks.length && p.breaks[next]!.offset <= s.offset)
				line = p.breaks[next++]!.line;
			sentences.push({
				text: s.text,
				lower: s.text.toLowerCase(),
				line,
				order: sentences.length,
				date: findDate(s.text)
			});
		}
	}
	return sentences;
}

/** The sentences of a paragraph; in a list (items joined by "\n"), of each item without its marker. */
function itemSentences(text: string): { text: string; offset: number }[] {
	if (!BULLET.test(text)) return splitSentences(text);
	const out: { text: string; offset: number }[] = [];
	let offset = 0;
	for (const item of text.split('\n')) {
		const marker = BULLET.exec(item)?.[0].length ?? 0;
		for (const s of splitSentences(item.slice(marker)))
			out.push({ text: s.text, offset: offset + marker + s.offset });
		offset += item.length + 1;
	}
	return out;
}
