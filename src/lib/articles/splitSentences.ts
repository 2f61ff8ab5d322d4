/** A sentence and where it starts in its paragraph. */
export interface SentenceSpan {
	text: string;
	offset: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr st jr sr no nos gen col lt sgt capt maj prof rev hon inc ltd co corp vs etc ' +
		'e.g i.e approx est fig vol pp ed eds dept univ govt mt ft jan feb mar apr jun jul aug sep ' +
		'sept oct nov dec cf al ca'
	).split(' ')
);
/** A full stop, "!" or "?", closing quotes/brackets, whitespace, then a sentence start. */
const BOUNDARY = /([.!?])(["”’')\]]*)(\s+)(?=["“‘'(\[]?[\p{Lu}\p{N}])/gu;
const LETTER = /\p{L}/u;

/**
 * Splits prose into sentences without breaking on "U.S.", "D.C.", initials ("S. Y. Ramadan"),
 * titles ("Dr.") or decimals.
 * @example splitSentences('He left the U.S. in 1990. She stayed.') // two sentences
 */
export function splitSentences(text: string): SentenceSpan[] {
	const sentences: SentenceSpan[] = [];
	let start = 0;
	BOUNDARY.lastIndex = 0;
	for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
		if (match[1] === '.') {
			const word = lastWord(text, match.index, start);
			// Initials ("S."), dotted acronyms ("U.S", "D.C") and known abbreviations continue.
			// "1980s." is not an initial: a letter glued to a number ends the word.
			const glued = /\p{N}/u.test(text[match.index - word.length - 1] ?? '');
			if (
				(!glued && /^\p{L}$/u.test(word)) ||
				/\.\p{L}$/u.test(word) ||
				ABBREVIATIONS.has(word.toLowerCase())
			)
				continue;
		}
		const end = match.index + match[1]!.length + match[2]!.length;
		push(start, end);
		start = end + match[3]!.length;
	}
	push(start, text.length);
	return sentences;

	function push(from: number, to: number) {
		const raw = text.slice(from, to);
		const lead = raw.length - raw.trimStart().length;
		const trimmed = raw.trim();
		if (trimmed) sentences.push({ text: trimmed, offset: from + lead });
	}
}

/** The run of letters and dots that ends at `end` (not before `start`). */
function lastWord(text: string, end: number, start: number): string {
	let from = end;
	while (from > start && end - from < 30) {
		const c = text[from - 1]!;
		if (c !== '.' && !LETTER.test(c)) break;
		from--;
	}
	return text.slice(from, end);
}
