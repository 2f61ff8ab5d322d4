import type { Reading } from '../../types';
import { best, candidate, UNKNOWN } from './candidate';
import { AFTER_WINDOW, clauseBefore, CONDITIONAL, NEGATION, PRESENT, presentTense } from './clause';
import { mentionsCountry, otherSubject } from './subject';
import type { Candidate, Sentence, Terms } from './types';

const ISRAEL = /\bisrael\b|\bthe jewish state\b/i;
/**
 * Before the noun: whose recognition it is ("its", "Spain's", "its formal"); not a later
 * reaffirmation ("In 2011 Cuba reaffirmed its recognition of Palestine").
 */
const OWN_NOUN =
	/^(?!.*\b(?:re-?affirm|reiterat|confirm|renew|restat|upheld|uphold)\w*).*(?:\bits|\p{L}['’]s)\s+(?:\S+\s+){0,2}$/iu;
/** The verb or noun; group 1 is its ending after "recogni[sz]" ("e", "ed", "ing", "tion"). */
const RECOGNI = /\brecogni(?:[sz](e|es|ed|ing)|t(ion))\b/gi;
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
/** "has maintained a good relationship with Israel since the Camp David Accords". */
const RELATIONSHIP_WITH_ISRAEL =
	/\b(?:maintains?|maintained|has|have|had|enjoys?|enjoyed|developed|built)\s+(?:an?\s+)?(?:(?:good|strong|close|friendly|cordial|warm|positive|excellent|long-standing|working|stable|diplomatic|full|formal|bilateral)\s+)*(?:relationship|relations|ties)\s+with\s+(?:the\s+state\s+of\s+)?israel\b/i;
/** "since the establishment of diplomatic relations between India and Israel". */
const ESTABLISHMENT_BETWEEN =
	/\b(?:establishment|normali[sz]ation|restoration|resumption|opening)\s+of\s+(?:full\s+|formal\s+)*(?:diplomatic\s+)?(?:relations|ties)\s+between\s+(?:(.{2,60}?)\s+and\s+israel\b|israel\s+and\s+(.{2,60}?)(?=[,.;]|\s+(?:in|on|since)\b|$))/i;
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

/** "following its recognition of Israel": the noun, in a sentence that may not name the country. */
const ITS_RECOGNITION = /\bits\s+(?:\S+\s+){0,2}recognition\s+of\b/i;
/** A negation in the past: "did not recognise Israel until 1994" ended in recognition. */
const PAST_NEGATION = /\b(?:did|had|was|were)\s*(?:not|n['’]t|never)\b|\bnever\b/i;
/** Palestine or the PLO as the subject ("The PLO …, following its recognition of Israel"). */
const PALESTINE_SUBJECT =
	/^(?:the\s+)?(?:state\s+of\s+palestine|palestine|palestinian\s+(?:national\s+)?authority|plo|palestine\s+liberation\s+organi[sz]ation|palestinians?)\b/i;

/**
 * Rules that read "yes" from relations, with their strength. Not "broke off relations with
 * Israel": sources differ on whether a state that severed relations still recognises Israel, so
 * that sentence says nothing about recognition.
 */
const YES_RULES: [RegExp, number][] = [
	[RELATIONS_WITH_ISRAEL, 2],
	[RELATIONSHIP_WITH_ISRAEL, 2],
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
		if (about && (mentionsCountry(s.text, terms) || ITS_RECOGNITION.test(s.text)))
			read(s, terms, out);
	}
	return best(out)?.reading ?? UNKNOWN;
}

function read(s: Sentence, terms: Terms, out: Candidate[]) {
	const text = s.text;
	RECOGNI.lastIndex = 0;
	for (let m = RECOGNI.exec(text); m; m = RECOGNI.exec(text)) {
		const suffix = m[1] ?? `t${m[2]}`;
		const end = m.index + m[0].length;
		const after = text.slice(end, end + AFTER_WINDOW);
		if (!ISRAEL_OBJECT.test(after)) continue;
		// The noun counts when it is the country's: "following its recognition of", "Spain's recognition of".
		if (
			suffix === 'tion' &&
			(!/^\s+(?:of|to)\b/i.test(after) ||
				!OWN_NOUN.test(text.slice(Math.max(0, m.index - 40), m.index)))
		)
			continue;
		const clause = clauseBefore(s, m.index);
		if (otherSubject(clause, terms) || PALESTINE_SUBJECT.test(clause)) continue;
		const recent = clause.slice(-60);
		if (NEGATION.test(recent)) {
			if (/^[^.;]{0,80}?\buntil\b/i.test(after)) {
				// "did not recognise Israel until 1994" is history that ended in recognition;
				// "does not …, and refuses to do so until …", "would not … until …" are no.
				if (PAST_NEGATION.test(recent)) out.push(candidate('yes', s, false, 2));
				else out.push(candidate('no', s, true, 2));
				continue;
			}
			const current =
				PRESENT.test(recent) || /^(?:e|es)$/.test(suffix) || /\brefuses\b/i.test(recent);
			out.push(candidate('no', s, current, 2));
			continue;
		}
		if (CONDITIONAL.test(recent)) continue;
		if (suffix === 'ing') continue;
		out.push(candidate('yes', s, presentTense(suffix, recent), 2));
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
	const between = ESTABLISHMENT_BETWEEN.exec(text);
	if (between && terms.mention.test(between[1] ?? between[2] ?? '')) {
		const recent = clauseBefore(s, between.index).slice(-50);
		if (!NEGATION.test(recent) && !CONDITIONAL.test(recent))
			out.push(candidate('yes', s, false, 2));
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
