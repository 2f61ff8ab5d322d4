import { resolveCountry } from '../../countries/resolveCountry';
import { classifyMission } from '../classifyMission';
import type { RawInfoboxRow } from '../types';
import type { Reading } from '../../types';
import { bestMission, candidate, UNKNOWN } from './candidate';
import { AFTER_WINDOW, clauseBefore } from './clause';
import {
	aboutMission,
	missionMentions,
	PALESTINE_OWNER,
	POSSESSIVE_QUALIFIER
} from './missionMentions';
import { PALESTINE_PLACE, PALESTINE_REGION } from './places';
import type { Candidate, Sentence, Terms } from './types';

/** A sentence saying a mission elsewhere covers Palestine. */
const ACCREDITED =
	/\b(?:accredited|accreditation|covers?|covering|covered|responsible|represents?|represented|serves?|serving|non-resident|also\s+(?:for|to))\b[^.]{0,400}?\bpalestin|\bpalestin\w*[^.]{0,400}?\b(?:accredited|covered|through|from)\b/i;
/** Later in the sentence: the mission moved to another place. */
const MOVED_TO =
	/^[^.]{0,120}?\b(?:moved|relocated|transferred)\s+(?:\S+\s+)?to\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u;
/** "Its ambassador in Amman is accredited to Palestine": covered from elsewhere. */
const AMBASSADOR_ACCREDITED =
	/\b(?:ambassador|envoy|embassy|mission)\s+(?:to|in)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(?:is|was|has\s+been|are)\s+(?:also\s+)?(?:accredited|responsible)\s+(?:to|for)\s+(?:the\s+)?(?:state\s+of\s+)?palestin/iu;
/**
 * "the non-resident ambassador of the Maldives to Palestine", "a non-resident envoy", "the
 * non-resident Maldivian ambassador" (group 1: the owner's adjective).
 */
const NON_RESIDENT =
	/\bnon-?resident\s+(?:(\p{Lu}[\p{L}-]*)\s+)?(?:ambassador|envoy|representative|head\s+of\s+mission|mission|embassy|chargé\s+d['’]affaires)\b/giu;
/** "… of the Maldives to Palestine": whose envoy, and to whom. */
const ENVOY_OF =
	/^\s+of\s+(?:the\s+)?([\p{L}'’ -]{2,50}?)\s+to\s+(?:the\s+)?(?:state\s+of\s+)?(palestine|\p{Lu}[\p{L}'’ -]{1,40}?)(?=[\s,.;]|$)/u;
/** "The Maldivian ambassador to Palestine is non-resident": the same, said after the noun. */
const ENVOY_IS_NON_RESIDENT =
	/\b(?:ambassador|envoy|representative)\s+to\s+(?:the\s+)?(?:state\s+of\s+)?palestine\s+(?:is|was|has\s+been|remains)\s+(?:a\s+)?non-?resident\b/i;
/** Where the envoy sits: "stationed in Jordan", "based in Amman", "resident in Cairo". */
const STATIONED =
	/^[^.;]{0,100}?\b(?:stationed|based|resident|residing|located|seated|sitting)\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u;
const MISSION_NEGATION = /\b(?:no|not|never|without|lacks?|closed)\b|n['’]t\b/i;
const IN_PALESTINE =
	/\b(?:in|to|for)\s+(?:the\s+)?(?:state\s+of\s+)?palestin(?:e|ian\s+territor\w+)\b/i;

/**
 * Reads the country's mission to Palestine from the prose: resident (in Ramallah, Gaza, East
 * Jerusalem …), non-resident (an embassy elsewhere accredited to Palestine), or none.
 * @example readMissionToPalestine(sentences, termsFor('JPN', 'Japan'))?.value // 'resident'
 */
export function readMissionToPalestine(sentences: Sentence[], terms: Terms): Reading | null {
	const out: Candidate[] = [];
	for (const [i, s] of sentences.entries()) {
		if (aboutMission(s)) readMentions(s, sentences[i + 1], terms, out);
		if (s.lower.includes('accredited') || s.lower.includes('responsible'))
			readAccreditation(s, terms, out);
		if (s.lower.includes('resident')) readNonResident(s, terms, out);
	}
	return bestMission(out);
}

function readMentions(s: Sentence, next: Sentence | undefined, terms: Terms, out: Candidate[]) {
	let accredited: boolean | undefined;
	for (const m of missionMentions(s, terms, next)) {
		if (m.owner !== 'country') continue;
		const place = m.place;
		if (m.negated) {
			if (IN_PALESTINE.test(m.post.slice(0, 80)) || (place && PALESTINE_PLACE.test(place)))
				out.push(candidate('none', s, true, 1));
			continue;
		}
		if (!place) continue;
		if (PALESTINE_PLACE.test(place)) {
			// "an office in Gaza in 1996; it was moved to Ramallah in 2003": where it is now.
			const moved = MOVED_TO.exec(m.post)?.[1];
			const now = moved && PALESTINE_PLACE.test(moved) ? moved : place;
			const city = PALESTINE_REGION.test(now) ? undefined : now;
			out.push(candidate('resident', s, true, 3, city ? { city } : {}));
		} else if (/jerusalem/i.test(place)) {
			// A consulate-general in Jerusalem serves Palestinians; an embassy there is to Israel.
			if (/consul/.test(m.noun)) out.push(candidate('resident', s, true, 3, { city: place }));
		} else if ((accredited ??= ACCREDITED.test(s.text)) && !resolveCountry(place)) {
			out.push(candidate('non-resident', s, true, 2, { city: place }));
		}
	}
}

/** "Indonesia's Ambassador to Jordan is accredited to Palestine": a non-resident mission. */
function readAccreditation(s: Sentence, terms: Terms, out: Candidate[]) {
	const m = AMBASSADOR_ACCREDITED.exec(s.text);
	if (!m) return;
	const pre = s.text.slice(Math.max(0, m.index - 60), m.index);
	const ours =
		terms.possessive.test(pre) ||
		(POSSESSIVE_QUALIFIER.test(pre) && terms.mention.test(s.text.slice(0, m.index)));
	if (!ours || MISSION_NEGATION.test(s.text.slice(m.index, m.index + m[0].length))) return;
	const place = m[1]!;
	const there = resolveCountry(place);
	if (there && (there.iso3 === terms.iso3 || there.iso3 === 'PSE')) return;
	out.push(candidate('non-resident', s, true, 2, there ? {} : { city: place }));
}

/**
 * "The non-resident ambassador of the Maldives to Palestine, stationed in Jordan", "Tuvalu is
 * represented in Palestine by a non-resident envoy with no fixed presence": non-resident, with
 * the city where one is named.
 */
function readNonResident(s: Sentence, terms: Terms, out: Candidate[]) {
	const text = s.text;
	const palestine = /\bpalestin/i.test(text);
	NON_RESIDENT.lastIndex = 0;
	for (let m = NON_RESIDENT.exec(text); m; m = NON_RESIDENT.exec(text)) {
		const end = m.index + m[0].length;
		const post = text.slice(end, end + AFTER_WINDOW);
		const of = ENVOY_OF.exec(post);
		const adjective = m[1];
		let ours: boolean;
		if (of) ours = terms.atStart.test(of[1]!) && /^palestine$/i.test(of[2]!);
		else if (adjective) ours = terms.atStart.test(adjective) && palestine;
		else {
			// No "of … to …": the country is the clause's subject, Palestine its counterpart.
			const clause = clauseBefore(s, m.index);
			const pre = text.slice(Math.max(0, m.index - 60), m.index);
			ours =
				(terms.atStart.test(clause) || terms.possessive.test(pre)) &&
				palestine &&
				!PALESTINE_OWNER.test(clause);
		}
		if (!ours || MISSION_NEGATION.test(clauseBefore(s, m.index).slice(-30))) continue;
		const place = STATIONED.exec(post)?.[1];
		const city = place && !resolveCountry(place) ? place : undefined;
		out.push(candidate('non-resident', s, true, 2, city ? { city } : {}));
	}
	const is = ENVOY_IS_NON_RESIDENT.exec(text);
	if (is && terms.possessive.test(text.slice(Math.max(0, is.index - 60), is.index))) {
		const place = STATIONED.exec(text.slice(is.index, is.index + AFTER_WINDOW))?.[1];
		const city = place && !resolveCountry(place) ? place : undefined;
		out.push(candidate('non-resident', s, true, 2, city ? { city } : {}));
	}
}

/**
 * Reads an infobox value as the country's mission to Palestine.
 * @example missionToPalestineFromRow(row('Embassy of Bangladesh, Amman')).value // 'non-resident'
 */
export function missionToPalestineFromRow(row: RawInfoboxRow): Reading {
	const phrase = classifyMission(row.value);
	const base = { source: 'infobox' as const, evidence: row.raw, line: row.line };
	if (phrase.kind === 'none') return { value: 'none', ...base };
	if (phrase.kind === 'unknown') return UNKNOWN;
	if (phrase.placeIsCountry === 'PSE') return { value: 'resident', ...base };
	if (phrase.placeIsCountry) return { value: 'non-resident', ...base };
	const place = phrase.place;
	if (!place) return UNKNOWN;
	// "Cairo, Egypt": a city in another country; "Ramallah, Palestine": in Palestine.
	if (phrase.country && phrase.country !== 'PSE')
		return { value: 'non-resident', city: place, ...base };
	if (phrase.country === 'PSE')
		return { value: 'resident', ...(PALESTINE_REGION.test(place) ? {} : { city: place }), ...base };
	if (PALESTINE_PLACE.test(place))
		return { value: 'resident', ...(PALESTINE_REGION.test(place) ? {} : { city: place }), ...base };
	if (/jerusalem/i.test(place)) {
		if (/consul/i.test(row.value) || /east/i.test(place))
			return { value: 'resident', city: place, ...base };
		return UNKNOWN;
	}
	return { value: 'non-resident', city: place, ...base };
}
