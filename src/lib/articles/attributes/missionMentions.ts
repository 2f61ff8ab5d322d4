/** Mission helpers shared by the two mission readers: the nouns, their owner and place. */
import { AFTER_WINDOW, clauseBefore } from './clause';
import { MODIFIERS } from './subject';
import type { Sentence, Terms } from './types';

/** One mission noun in a sentence, with whose it is and what follows it. */
export interface MissionMention {
	/** The noun, lower-cased ("embassy", "representative office"). */
	noun: string;
	owner: 'palestine' | 'country';
	/** The clause before it denies it ("has no embassy"), or it was closed. */
	negated: boolean;
	/** The place named after it ("in Dhaka"), as written. */
	place: string | undefined;
	/** An embassy, or a mission that became one ("upgraded to an embassy"). */
	embassy: boolean;
	/** Text after the noun (bounded). */
	post: string;
}

const MISSION_NOUN =
	/\b(embass(?:y|ies)|representations?|consulates?(?:[-\s]general)?|general\s+delegation|delegations?|(?:diplomatic\s+|permanent\s+|general\s+)?missions?|representative\s+offices?|representation\s+offices?|liaison\s+offices?|offices?|legation)\b/gi;
const ISRAEL_QUALIFIER = new RegExp(
	`(?:^|[\\s(])(?:israeli|israel['’]s|israel)\\s+${MODIFIERS}`,
	'i'
);
const PALESTINE_QUALIFIER = new RegExp(
	`(?:^|[\\s(])(?:palestinian|palestine['’]s|palestine|plo|p\\.l\\.o\\.?|plo['’]s)\\s+${MODIFIERS}`,
	'i'
);
/** "its embassy", "their office". */
export const POSSESSIVE_QUALIFIER = new RegExp(`(?:^|[\\s(])(?:its|their)\\s+${MODIFIERS}`, 'i');
/** "Embassy of the State of Palestine in …": the owner after "of". */
const OF_OWNER =
	/^\s+of\s+(?:the\s+)?([\p{L}'’ -]{2,50}?)(?=\s+(?:in|at|to|on|and|for)\b|[,.;)]|$)/u;
/** Palestine, its Authority or the PLO as owner or subject. */
export const PALESTINE_OWNER =
	/^(?:the\s+)?(?:state\s+of\s+palestine|palestine|palestinian\s+(?:national\s+)?authority|palestinian\s+(?:government|leadership|side)|plo|palestine\s+liberation\s+organi[sz]ation|palestinians?)\b/i;
/** A place after a mission noun: "in Dhaka", "in the capital, Kuala Lumpur". */
const PLACE =
	/\b(?:in|at)\s+(?:the\s+(?:capital|city)(?:\s+city)?(?:\s+of\s+[\p{L} ]+?)?,?\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|al-\p{L}+))*)/gu;
/** Not the mission's place: a region ("the first in South Asia"), or a superlative's scope. */
const NOT_A_PLACE =
	/^(?:(?:south|southeast|south-east|east|west|central|north|northern|southern|western|eastern)\s+)?(?:asia|africa|europe|america|americas|latin\s+america|oceania|the\s+middle\s+east|middle\s+east|the\s+gulf|gulf|the\s+arab\s+world|arab\s+world|the\s+region|caribbean|pacific)$/i;
const SUPERLATIVE_BEFORE = /\b(?:first|only|last|largest|oldest|biggest|one)\s+(?:\S+\s+)?$/i;
/** "upgraded the Palestinian mission …": the verb before the noun … */
const UPGRADED_BEFORE =
	/\b(?:upgraded|raised|elevated|converted|turned)\s+(?:the\s+|its\s+|a\s+)?(?:\S+\s+){0,3}$/i;
/** … and "to an embassy" (or "to the status of an embassy") after it. */
const TO_EMBASSY =
	/^[^.;]{0,80}?\b(?:to|into)\s+(?:(?:a|an|the|full)\s+)*(?:embassy\b|(?:status|level|rank)\s+of\s+(?:an?\s+)?embassy\b)/i;
/** "announced plans to open an embassy": a plan, not a mission. */
const PLANNED =
	/\b(?:plans?|planned|planning|intends?|intended|intention|pledged?|promised?|proposed?|proposal|agreed|decided|decision|hopes?|aims?|expects?|expected|will|would|shall)\s+(?:to\s+)?(?:\S+\s+){0,3}$/i;
/** "allowed the PLO to open an office": Palestine opens it. */
const PALESTINE_OPENS =
	/\b(?:the\s+)?(?:plo|palestine|palestinians|palestinian\s+(?:authority|side|government))\s+to\s+(?:open|establish|set\s+up|maintain|run)\s+(?:\S+\s+){0,3}$/i;

/** After a mission noun: it became an embassy later in the sentence. */
const UPGRADED =
	/^[^.]{0,120}?\b(?:upgraded|raised|elevated|converted|became|turned\s+into|given|granted|accorded|received)\s+(?:to\s+|into\s+)?(?:(?:a|an|the|full|its)\s+)*(?:embassy\b|embassy\s+status\b)/i;
/** A sentence that states a mission in the present ("has", "represents"), not its history. */
export const PRESENT_MISSION =
	/\b(?:has|have|is|are|maintains?|hosts?|represents?|operates?|remains?|serves?|houses?)\b/i;
const MISSION_NEGATION = /\b(?:no|not|never|without|lacks?|closed)\b|n['’]t\b/i;
/** "The PLO office in Washington was closed in 2018": the mission is gone … */
const CLOSED_AFTER =
	/^.{0,80}?\b(?:was|were|has\s+been|had\s+been)\s+(?:closed|shut|shut\s+down)\b/i;
/** … unless it "reopened in 2013", later in the sentence or at the start of the next one. */
const REOPENED = /^.{0,160}?\bre-?opened\b/i;
const REOPENED_NEXT =
	/^(?:it|the\s+(?:embassy|mission|office))\s+(?:was\s+|has\s+been\s+)?re-?opened\b/i;

/** True when the sentence may name a mission (cheap test before the patterns). */
export function aboutMission(s: Sentence): boolean {
	const lower = s.lower;
	return (
		lower.includes('embass') ||
		lower.includes('consul') ||
		lower.includes('delegat') ||
		lower.includes('mission') ||
		lower.includes('office') ||
		lower.includes('legation') ||
		lower.includes('representation')
	);
}

/**
 * The missions a sentence names whose owner is Palestine or the country; others (Israel's,
 * a third country's) are left out. `next` is the sentence after it (a closure it reopens).
 * @example missionMentions(s('Palestine has an embassy in Dhaka.'), terms)[0].place // 'Dhaka'
 */
export function missionMentions(s: Sentence, terms: Terms, next?: Sentence): MissionMention[] {
	const text = s.text;
	const mentions: MissionMention[] = [];
	MISSION_NOUN.lastIndex = 0;
	for (let m = MISSION_NOUN.exec(text); m; m = MISSION_NOUN.exec(text)) {
		const noun = m[1]!.toLowerCase();
		const pre = text.slice(Math.max(0, m.index - 60), m.index);
		const end = m.index + m[0].length;
		const post = text.slice(end, end + AFTER_WINDOW);
		if (PLANNED.test(pre)) continue;
		const owner = ownerOf(s, m.index, pre, post, terms);
		if (!owner) continue;
		const clause = clauseBefore(s, m.index);
		const negated = MISSION_NEGATION.test(clause.slice(-50));
		// "has no representation in Palestine" is none; "its representation at the UN" no mission.
		if (noun.startsWith('representation') && !negated) continue;
		const closed =
			CLOSED_AFTER.test(post.slice(0, 120)) &&
			!REOPENED.test(post) &&
			!REOPENED_NEXT.test(next?.text ?? '');
		mentions.push({
			noun,
			owner,
			negated: negated || closed,
			place: placeAfter(post),
			// "The PLO office in New Delhi was upgraded to an embassy": the office is now an embassy.
			embassy:
				/embass/.test(noun) ||
				UPGRADED.test(post) ||
				(UPGRADED_BEFORE.test(pre) && TO_EMBASSY.test(post)),
			post
		});
	}
	return mentions;
}

/** The mission's place: the first "in X" within reach that is not a region or a scope. */
function placeAfter(post: string): string | undefined {
	const reach = post.slice(0, 160);
	PLACE.lastIndex = 0;
	for (let m = PLACE.exec(reach); m; m = PLACE.exec(reach)) {
		// The place must stand in the same clause as the noun ("in X" before a full stop).
		if (m.index > 80 || /[.;]/.test(reach.slice(0, m.index))) return undefined;
		if (NOT_A_PLACE.test(m[1]!) || SUPERLATIVE_BEFORE.test(reach.slice(0, m.index))) continue;
		return m[1];
	}
	return undefined;
}

/** Who owns the mission named at `at`: Palestine, the country, or someone else (`null`). */
function ownerOf(
	s: Sentence,
	at: number,
	pre: string,
	post: string,
	terms: Terms
): 'palestine' | 'country' | null {
	if (ISRAEL_QUALIFIER.test(pre)) return null;
	const of = OF_OWNER.exec(post);
	if (of) {
		const name = of[1]!;
		if (PALESTINE_OWNER.test(name)) return 'palestine';
		if (terms.atStart.test(name)) return 'country';
		return null;
	}
	if (PALESTINE_QUALIFIER.test(pre) || PALESTINE_OPENS.test(pre)) return 'palestine';
	if (terms.possessive.test(pre) && !/\b(?:in|to)\s+$/i.test(pre)) return 'country';
	const clause = clauseBefore(s, at);
	const possessive = POSSESSIVE_QUALIFIER.test(pre);
	const article =
		/\b(?:an?|the|its|their|one|two|several|no)\s+(?:\S+\s+){0,2}$/i.test(pre) || possessive;
	if (!article) return null;
	for (const subject of [clause, s.text]) {
		if (PALESTINE_OWNER.test(subject)) return 'palestine';
		if (terms.atStart.test(subject)) return 'country';
	}
	return null;
}
