import { findDate } from '../findDate';
import type { Reading } from '../../types';
import { candidate, rank, UNKNOWN } from './candidate';
import {
	AFTER_WINDOW,
	CLAUSE_WINDOW,
	clauseBefore,
	CONDITIONAL,
	NEGATION,
	presentTense
} from './clause';
import { frontedDate, withPreciseDate } from './date';
import { mentionsCountry, otherSubject } from './subject';
import type { Candidate, Sentence, Terms } from './types';

/**
 * Before the noun: whose recognition it is ("its", "Spain's", "its formal"); not a later
 * reaffirmation ("In 2011 Cuba reaffirmed its recognition of Palestine").
 */
const OWN_NOUN =
	/^(?!.*\b(?:re-?affirm|reiterat|confirm|renew|restat|upheld|uphold)\w*).*(?:\bits|\p{L}['’]s)\s+(?:\S+\s+){0,2}$/iu;
/** The verb or noun; group 1 is its ending after "recogni[sz]" ("e", "ed", "ing", "tion"). */
const RECOGNI = /\brecogni(?:[sz](e|es|ed|ing)|t(ion))\b/gi;
/** What a recognition of the State of Palestine names as its object. */
const PALESTINE_OBJECT =
	/\b(?:(?:independent\s+|sovereign\s+)?state\s+of\s+palestine|palestin(?:e|ian\s+state(?:hood)?|ian\s+statehood|ian\s+independence|ian\s+(?:national\s+)?authority|ian\s+declaration\s+of\s+independence)|declaration\s+of\s+independence|independence\s+of\s+palestine|statehood)\b/i;
/** Objects that are not the State: "recognised the PLO", "recognised Israel and Palestine's …". */
const NOT_THE_STATE =
	/\b(?:plo|liberation\s+organi[sz]ation|representatives?|israel|hamas|fatah|all-palestine\s+government)\b/i;
/** "has not recognised the State of Palestine", "non-recognition of Palestine". */
const RECOGNITION_NO =
	/\b(?:has|have|had|does|do)\s*(?:not|n't|never)\s+(?:yet\s+)?(?:officially\s+|formally\s+)?recogni[sz]ed?\s+(?:the\s+)?(?:state\s+of\s+palestine|palestin(?:e|ian\s+state(?:hood)?))\b|\bnon-?recognition\s+of\s+(?:the\s+state\s+of\s+)?palestine\b/i;
/** Palestine itself as the subject ("Palestine recognised Japan"). */
const PALESTINE_SUBJECT =
	/^(?:the\s+)?(?:state\s+of\s+palestine|palestine|palestinian\s+(?:national\s+)?authority|palestinian\s+(?:government|leadership|side)|plo|palestine\s+liberation\s+organi[sz]ation|palestinians?)\b/i;
/** "the PLO as the sole legitimate representative": its role, not statehood. */
const AS_REPRESENTATIVE =
	/^\s*(?:\([^)]*\)\s*)?as\s+(?:the\s+)?(?:sole\s+)?(?:legitimate\s+)?representative/i;
const YEAR_1948 = /\b1948\b/;
/**
 * What may stand between the verb and its object: articles, adverbs, a parenthesis. Anything
 * else is a loose object ("recognises the legitimacy of the aspirations of Palestine").
 */
const PLAIN_BETWEEN =
	/^\s*(?:(?:of|to)\s+)?(?:(?:the|a|an|its|their|both|also|officially|formally|fully|de\s+jure|de\s+facto)\s+|,[^,]{0,60},\s*|\([^)]{0,60}\)\s*)*$/i;
/** "established diplomatic relations with the State of Palestine on 15 February 1995". */
const RELATIONS_WITH_STATE =
	/\b(?:established|establish(?:es)?|has|have|maintains?|maintained|opened|formali[sz]ed)\s+(?:full\s+|formal\s+|official\s+)*diplomatic\s+(?:relations|ties)\s+with\s+the\s+state\s+of\s+palestine\b/i;

/** "recognised it", "recognised the new state": the pronoun as object … */
const PRONOUN_OBJECT = /^\s+(?:it|the\s+new\s+state)\b/i;
/** … stands for Palestine when Palestine is the last of the two named before it. */
const NAMED = /\b(?:palestin|israel)\w*/gi;

/**
 * "France would recognise the State of Palestine, and France recognised it on 22 September
 * 2025", "The Palestinian Declaration … was proclaimed in Algiers, and Algeria recognised the new
 * state the same day": `it` is Palestine when Palestine is named last before it in the sentence (looked for
 * within a bounded reach, so reading stays linear).
 */
function pronounForPalestine(s: Sentence, at: number, after: string): RegExpExecArray | null {
	const pronoun = PRONOUN_OBJECT.exec(after);
	if (!pronoun) return null;
	let last: string | undefined;
	for (const named of s.text.slice(Math.max(0, at - CLAUSE_WINDOW), at).matchAll(NAMED))
		last = named[0];
	return last && /palestin/i.test(last) ? pronoun : null;
}

/**
 * Reads whether (and since when) the country recognises the State of Palestine from the prose.
 * @example readRecognizesPalestine(sentences, termsFor('PAK', 'Pakistan')).date // '1988-11-16'
 */
export function readRecognizesPalestine(sentences: Sentence[], terms: Terms): Reading {
	const out: Candidate[] = [];
	for (const s of sentences) {
		const about =
			s.lower.includes('recogni') ||
			(s.lower.includes('state of palestine') && s.lower.includes('diplomatic'));
		if (about && mentionsCountry(s.text, terms)) read(s, terms, out);
	}
	return withPreciseDate(rank(out))?.reading ?? UNKNOWN;
}

function read(s: Sentence, terms: Terms, out: Candidate[]) {
	const text = s.text;
	const explicitNo = RECOGNITION_NO.exec(text);
	if (explicitNo && !otherSubject(clauseBefore(s, explicitNo.index), terms)) {
		out.push(candidate('no', s, !/^(?:had)\b/i.test(explicitNo[0]), 2));
		return;
	}
	RECOGNI.lastIndex = 0;
	for (let m = RECOGNI.exec(text); m; m = RECOGNI.exec(text)) {
		const suffix = m[1] ?? `t${m[2]}`;
		const end = m.index + m[0].length;
		const after = text.slice(end, end + AFTER_WINDOW);
		// The noun counts when it is the country's: "following its recognition of", "Spain's recognition of".
		if (
			suffix === 'tion' &&
			(!/^\s+(?:of|to)\b/i.test(after) ||
				!OWN_NOUN.test(text.slice(Math.max(0, m.index - 40), m.index)))
		)
			continue;
		const object = PALESTINE_OBJECT.exec(after) ?? pronounForPalestine(s, m.index, after);
		if (!object || object.index > 45) continue;
		const between = after.slice(0, object.index);
		const objectEnd = after.slice(object.index + object[0].length);
		if (NOT_THE_STATE.test(between) || /^\s+liberation/i.test(objectEnd)) continue;
		if (!PLAIN_BETWEEN.test(between)) continue;
		if (AS_REPRESENTATIVE.test(objectEnd)) continue;
		if (YEAR_1948.test(after.slice(0, 90))) continue;
		const clause = clauseBefore(s, m.index);
		if (otherSubject(clause, terms) || PALESTINE_SUBJECT.test(clause)) continue;
		const recent = clause.slice(-60);
		if (NEGATION.test(recent)) {
			if (/\buntil\b/i.test(after.slice(0, 80))) continue;
			out.push(candidate('no', s, true, 2));
			return;
		}
		if (CONDITIONAL.test(recent)) continue;
		if (suffix === 'ing' && !/\b(?:by|after|since)\s+$/i.test(recent)) continue;
		const date = frontedDate(s, m.index) ?? findDate(after) ?? s.date;
		out.push(candidate('yes', s, presentTense(suffix, recent), 2, date ? { date } : {}));
		return;
	}
	// Recognition without the verb: diplomatic relations with the State of Palestine.
	const relations = RELATIONS_WITH_STATE.exec(text);
	if (relations) {
		const clause = clauseBefore(s, relations.index);
		const recent = clause.slice(-60);
		if (otherSubject(clause, terms) || PALESTINE_SUBJECT.test(clause)) return;
		if (NEGATION.test(recent) || CONDITIONAL.test(recent)) return;
		const end = relations.index + relations[0].length;
		const date =
			frontedDate(s, relations.index) ?? findDate(text.slice(end, end + AFTER_WINDOW)) ?? s.date;
		out.push(candidate('yes', s, false, 1, date ? { date } : {}));
	}
}
