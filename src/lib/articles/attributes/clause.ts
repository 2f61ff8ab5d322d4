/** Clause helpers shared by the readers: where a clause starts, and its mood and tense. */
import type { Sentence } from './types';

/**
 * How far back a clause is looked for. Real clauses are far shorter; the bound keeps reading
 * linear in the text's length even for a paragraph with no full stop.
 */
export const CLAUSE_WINDOW = 500;
/** How far after a match its object, place or date is looked for (same reason). */
export const AFTER_WINDOW = 300;

/**
 * Where a clause ends: ";", ":", a dash, ", but", ", while" …; a bare "while" or "whereas"
 * before a new subject ("… in Ramallah while Palestine maintains …"), not before a verb
 * ("while in office", "while negotiating"); and ", and" before a new subject ("… an office in
 * Ramallah, and Palestine has a mission …"). Case-sensitive: a capital starts the subject.
 */
const CLAUSE_BREAK =
	/(?:;|:|\s[—–]\s|,\s+(?:but|while|whereas|although|though)\s|\s+but\s|\s+whereas\s|(?:\s+while|,\s+and)\s+(?=(?:the\s+)?\p{Lu}))/gu;
/**
 * Leading words that are not the subject: "However, ", "In 1988, ", "In May 2010 ". A bare date
 * is tried first: in "In 2023 Saudi Arabia appointed its ambassador to Jordan, …" the subject
 * follows the year, and the comma ends something else.
 */
const ADVERBIAL =
	/^(?:(?:but|and|while|whereas|however|also|moreover|although|though|thus|so)\b,?\s*)*(?:(?:in|on|since|by)\s+(?:(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\s+)?\d{4}\s+(?=\p{Lu}|the\s)|(?:in|on|since|by|from|after|before|during|until|at)\s+[^,]{1,60},\s*)?/iu;
/** A fronted subordinate clause: "While Palestine has an embassy in Oslo, Norway has …". */
const FRONTED_SUBORDINATE = /^(?:while|whereas|although|though)\b[^,]*,\s*/i;
/** Words that deny what follows ("does not", "refuses", "yet to"). */
export const NEGATION =
	/\b(?:not|never|no|yet\s+to|refus\w*|declin\w*|reject\w*|oppos\w*|against|withh[eo]ld\w*|without)\b|n['’]t\b/i;
/** Words that make what follows a plan, wish or condition, not a fact. */
export const CONDITIONAL =
	/\b(?:will|would|could|might|may|should|shall|plans?\s+to|planned|intends?|intended|consider\w*|ready|willing|prepared|pledged?|promised?|vowed?|calls?|called|urged?|urging|if|unless|once|whether|asked|demand\w*|pressure\w*|expected)\b/i;
/** Words of the present tense. */
export const PRESENT =
	/\b(?:does|do|is|are|has|have|continues|remains|still|currently|now|today|yet)\b/i;

/**
 * The clause of sentence `s` that ends at offset `at`: after the last ";", ", but", " — " …,
 * with leading adverbials ("In 1988, ", "However, ") dropped.
 * @example clauseBefore(sentence('Egypt did; but Chad recognised Israel'), 32) // 'Chad'
 */
export function clauseBefore(s: Sentence, at: number): string {
	return rawClauseBefore(s, at).replace(FRONTED_SUBORDINATE, '').replace(ADVERBIAL, '');
}

/** The clause of `s` that ends at `at`, as written (with its leading adverbials). */
export function rawClauseBefore(s: Sentence, at: number): string {
	const ends = (s.clauseStarts ??= clauseStarts(s.text));
	// The last clause start at or before `at` (binary search: reading stays linear).
	let lo = 0;
	let hi = ends.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ends[mid]! <= at) lo = mid + 1;
		else hi = mid;
	}
	const start = Math.max(lo > 0 ? ends[lo - 1]! : 0, at - CLAUSE_WINDOW);
	return s.text.slice(start, at).trimStart();
}

/** Offsets where a clause starts: after each break. */
function clauseStarts(text: string): number[] {
	const starts: number[] = [];
	CLAUSE_BREAK.lastIndex = 0;
	for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text))
		starts.push(m.index + m[0].length);
	return starts;
}

/**
 * True when a "recognise…" verb states the present: "recognises", "recognize", "continues to
 * recognise"; not an infinitive in a past frame ("was the first country to recognise").
 * `suffix` is the verb's ending after "recogni[sz]", `recent` the clause before it.
 */
export function presentTense(suffix: string, recent: string): boolean {
	if (suffix === 'es') return true;
	if (suffix === 'e') {
		if (!/\bto\s+(?:\S+\s+)?$/i.test(recent)) return true;
		return PRESENT.test(recent.slice(-30)) && !/\b(?:was|were|had|did)\b/i.test(recent);
	}
	return PRESENT.test(recent.slice(-25)) && !/\b(?:was|were|had|did)\b/i.test(recent.slice(-25));
}
