import type { Reading } from '../../types';
import { best, candidate, UNKNOWN } from './candidate';
import { AFTER_WINDOW, clauseBefore, CONDITIONAL, NEGATION, PRESENT, presentTense } from './clause';
import { mentionsCountry, otherSubject } from './subject';
import type { Candidate, Sentence, Terms } from './types';

const ISRAEL = /\bisrael\b|\bthe jewish state\b/i;
const RECOGNI = /\brecogni[sz](e|es|ed|ing|tion)\b/gi;
/** "recognise [de jure] [the State of] Israel", "recognition of Israel". */
const ISRAEL_OBJECT =
	/^\s+(?:(?:de\s+facto|de\s+jure|formally|officially|fully)\s+)?(?:(?:of|to)\s+)?(?:the\s+)?(?:(?:state|existence)\s+of\s+)?(?:israel\b|the\s+jewish\s+state)/i;
/** "has no diplomatic relations with it": no, when "it" is Israel. */
const NO_RELATIONS =
	/\b(?:(?:has|have)\s+had|has|have|had|maintains?|there\s+(?:are|were|is))\s+no\s+(?:formal\s+|official\s+|full\s+|bilateral\s+)?(?:diplomatic\s+)?(?:relations|ties)\b(?:\s+with\s+(\S+(?:\s+\S+){0,3}))?/i;
const ISRAEL_OR_IT = /^(?:it|israel|the\s+state\s+of\s+israel|the\s+jewish\s+state|them)\b/i;
/** "does not have diplomatic relations with Israel". */
const NOT_HAVE_RELATIONS =
	/\b(?:does|do|did)\s*(?:not|n't)\s+(?:have|maintain|hold)\s+(?:any\s+)?(?:formal\s+|official\s+|full\s+)?diplomatic\s+(?:relations|ties)\s+with\s+(?:the\s+state\s+of\s+)?(?:israel\b|it\b)/i;
/** "has never had diplomatic relations with Israel". */
const NEVER_RELATIONS =
	/\bnever\s+(?:had|established|maintained|held|enjoyed)\s+(?:any\s+)?(?:formal\s+|official\s+|full\s+)?(?:diplomatic\s+)?(?:relations|ties)\b/i;
/** "established diplomatic relations with Israel in 1952". */
const RELATIONS_WITH_ISRAEL =
	/\b(?:established|establish(?:es)?|maintains?|maintained|has|have|enjoys?|enjoyed|opened|upgraded|restored|resumed|formali[sz]ed|normali[sz]ed|entered\s+into)\s+(?:full\s+|formal\s+|official\s+|normal\s+|bilateral\s+|close\s+)*(?:diplomatic\s+)?(?:relations|ties)\s+with\s+(?:the\s+state\s+of\s+)?israel\b/i;
/** "Bahrain and Israel exchanged ambassadors". */
const AND_ISRAEL_RELATIONS =
	/\band\s+israel\s+(?:established|have|maintain|enjoy|restored|normali[sz]ed|exchanged|signed)\b/i;
/** "signed a peace treaty with Israel". */
const PEACE_TREATY =
	/\bpeace\s+(?:treaty|agreement)\s+with\s+israel\b|\bisrael\S*\s+peace\s+treaty\b/i;
/** "signed the Abraham Accords". */
const ABRAHAM = /\b(?:signed|joined|signing|joining)\s+(?:the\s+)?abraham\s+accords\b/i;
/** "recalled its ambassador to Israel": weaker, relations once existed. */
const AMBASSADOR_ISRAEL =
	/\b(?:ambassador|embassy)\s+(?:to|in)\s+(?:israel|tel\s+aviv)\b|\bexchang\w*\s+ambassadors\b/i;
/** "the Bahrain–Israel normalization agreement". */
const NORMALIZATION = /\bnormali[sz](?:ation|ed|e|es|ing)\b/i;

/** Rules that read "yes" from relations, with their strength. */
const YES_RULES: [RegExp, number][] = [
	[RELATIONS_WITH_ISRAEL, 2],
	[AND_ISRAEL_RELATIONS, 2],
	[PEACE_TREATY, 2],
	[ABRAHAM, 2],
	[AMBASSADOR_ISRAEL, 1]
];

/**
 * Reads whether the country recognises Israel from the prose: the verb ("does not recognise
 * Israel"), the absence of relations ("has no diplomatic relations with it"), or relations,
 * treaties and accords that imply recognition. Present statements outrank history.
 * @example readRecognizesIsrael(sentences, termsFor('PAK', 'Pakistan')).value // 'no'
 */
export function readRecognizesIsrael(sentences: Sentence[], terms: Terms): Reading {
	const out: Candidate[] = [];
	for (const s of sentences) {
		const about =
			s.lower.includes('israel') ||
			s.lower.includes('jewish state') ||
			s.lower.includes('abraham accords');
		if (about && mentionsCountry(s.text, terms)) read(s, terms, out);
	}
	return best(out)?.reading ?? UNKNOWN;
}

function read(s: Sentence, terms: Terms, out: Candidate[]) {
	const text = s.text;
	RECOGNI.lastIndex = 0;
	for (let m = RECOGNI.exec(text); m; m = RECOGNI.exec(text)) {
		const end = m.index + m[0].length;
		const after = text.slice(end, end + AFTER_WINDOW);
		if (!ISRAEL_OBJECT.test(after)) continue;
		if (m[1] === 'tion' && !/^\s+(?:of|to)\b/i.test(after)) continue;
		const clause = clauseBefore(s, m.index);
		if (otherSubject(clause, terms)) continue;
		const recent = clause.slice(-60);
		if (NEGATION.test(recent)) {
			// "did not recognise Israel until 1994" is history that ended in recognition.
			if (/\buntil\b/i.test(after.slice(0, 80)) && !/\brefus|reject|declin/i.test(recent)) continue;
			const current =
				PRESENT.test(recent) || /^(?:e|es)$/.test(m[1]!) || /\brefuses\b/i.test(recent);
			out.push(candidate('no', s, current, 2));
			continue;
		}
		if (CONDITIONAL.test(recent)) continue;
		if (m[1] === 'ing') continue;
		out.push(candidate('yes', s, presentTense(m[1]!, recent), 2));
	}
	const noRelations = NO_RELATIONS.exec(text);
	if (noRelations && (!noRelations[1] || ISRAEL_OR_IT.test(noRelations[1]))) {
		const clause = clauseBefore(s, noRelations.index);
		if (!otherSubject(clause, terms) && !CONDITIONAL.test(clause.slice(-40))) {
			const current = !/^had\b/i.test(noRelations[0]) && !/\b(?:were|was)\b/i.test(noRelations[0]);
			out.push(candidate('no', s, current, 2));
		}
	}
	const notHave = NOT_HAVE_RELATIONS.exec(text);
	if (notHave && !otherSubject(clauseBefore(s, notHave.index), terms))
		out.push(candidate('no', s, !/^did/i.test(notHave[0]), 2));
	const never = NEVER_RELATIONS.exec(text);
	if (never && !otherSubject(clauseBefore(s, never.index), terms))
		out.push(candidate('no', s, true, 2));

	for (const [rule, strength] of YES_RULES) {
		const m = rule.exec(text);
		if (!m) continue;
		const clause = clauseBefore(s, m.index);
		const recent = clause.slice(-50);
		if (otherSubject(clause, terms) || NEGATION.test(recent) || CONDITIONAL.test(recent)) continue;
		const perfect = /\b(?:has|have)\s+(?:\S+\s+)?$/i.test(
			text.slice(Math.max(0, m.index - 30), m.index)
		);
		const current = perfect || /^(?:maintains?|has|have|enjoys?)\b/i.test(m[0]);
		out.push(candidate('yes', s, current, strength));
	}
	const normalization = NORMALIZATION.exec(text);
	if (normalization) {
		const clause = clauseBefore(s, normalization.index);
		const near = text.slice(Math.max(0, normalization.index - 60), normalization.index + 60);
		const recent = clause.slice(-50);
		if (
			ISRAEL.test(near) &&
			terms.mention.test(near) &&
			!NEGATION.test(recent) &&
			!CONDITIONAL.test(recent) &&
			!/\b(?:oppos|reject|against|condemn|boycott)/i.test(near)
		)
			out.push(candidate('yes', s, false, 2));
	}
}
