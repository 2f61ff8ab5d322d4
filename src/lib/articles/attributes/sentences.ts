import { findDate } from '../findDate';
import { splitSentences } from '../splitSentences';
import type { Paragraph } from '../types';
import type { Sentence } from './types';

/**
 * Every sentence of the prose with its line, in article order.
 * @example paragraphsToSentences([{ text: 'A. B.', line: 3, breaks: [], section: null }]).length // 2
 */
export function paragraphsToSentences(paragraphs: Paragraph[]): Sentence[] {
	const sentences: Sentence[] = [];
	for (const p of paragraphs) {
		// Breaks are in offset order, and so are the sentences: one pass finds each line.
		let line = p.line;
		let next = 0;
		for (const s of splitSentences(p.text)) {
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
