/** Subject helpers shared by the readers: how the article names its country, and whose clause it is. */
import { countryAliases } from '../../countries/countryAliases';
import { countryDemonyms } from '../../countries/countryDemonyms';
import { resolveCountry } from '../../countries/resolveCountry';
import type { Terms } from './types';

/** Words between an owner and a mission noun ("Palestinian general delegation"). */
export const MODIFIERS =
	'(?:(?:diplomatic|general|permanent|honorary|official|unofficial|resident|non-resident|new|own|first|full|representative|trade|cultural|consular|former|de\\s+facto)\\s+){0,2}$';

const TERMS = new Map<string, Terms>();

/**
 * How the article names its country (built once per country).
 * @example termsFor('PAK', 'Pakistan').mention.test('Pakistani') // true
 */
export function termsFor(iso3: string, name: string): Terms {
	let terms = TERMS.get(iso3);
	if (!terms) {
		terms = countryTerms(iso3, name);
		TERMS.set(iso3, terms);
	}
	return terms;
}

/**
 * Short forms editors write for a country, beyond its names and demonyms (one table; each entry
 * says what it is).
 */
const SHORT_FORMS: Record<string, string[]> = {
	CHN: ['PRC'], // People's Republic of China
	KOR: ['ROK', 'Korean'], // Republic of Korea; "Korean" in a South Korea article
	PRK: ['DPRK', 'Korean'], // Democratic People's Republic of Korea
	SAU: ['KSA'], // Kingdom of Saudi Arabia
	ARE: ['UAE', 'U.A.E.'], // United Arab Emirates
	GBR: ['HMG'] // His/Her Majesty's Government
};

/** Predecessor states whose acts the article may give for the country ("the USSR recognised …"). */
const PREDECESSORS: Record<string, string[]> = {
	RUS: ['Soviet Union', 'USSR', 'U.S.S.R.'], // Russia continues the USSR's international personality
	SRB: ['Yugoslavia', 'FR Yugoslavia', 'Serbia and Montenegro'], // Serbia continues them
	CZE: ['Czechoslovakia'], // both successors took over its recognitions
	SVK: ['Czechoslovakia']
};

/** "The Kingdom" for a kingdom, but not "the Kingdom of …" (another one named in full). */
const THE_KINGDOM = 'the\\s+Kingdom(?!\\s+of)';

function countryTerms(iso3: string, name: string): Terms {
	const names = [
		name,
		...countryAliases(iso3),
		...countryDemonyms(iso3),
		...(SHORT_FORMS[iso3] ?? [])
	];
	const kingdom = names.some((n) => /\bkingdom\b/i.test(n)) && !/\bunited kingdom\b/i.test(name);
	const own = alternation(names) + (kingdom ? `|${THE_KINGDOM}` : '');
	const predecessors = PREDECESSORS[iso3] ?? [];
	const all = predecessors.length ? `${own}|${alternation(predecessors)}` : own;
	return {
		iso3,
		mention: new RegExp(`(?<!\\p{L})(?:${all})(?!\\p{L})`, 'iu'),
		own: new RegExp(`(?<!\\p{L})(?:${own})(?!\\p{L})`, 'iu'),
		atStart: new RegExp(
			`^(?:the\\s+)?(?:(?:government|kingdom|republic|state|people)\\s+of\\s+(?:the\\s+)?)?(?:${all})(?!\\p{L})`,
			'iu'
		),
		possessive: new RegExp(`(?:^|[\\s(])(?:${all})(?:['’]s)?\\s+${MODIFIERS}`, 'iu'),
		predecessor: predecessors.length
			? new RegExp(`(?<!\\p{L})(?:the\\s+)?(?:${alternation(predecessors)})(?!\\p{L})`, 'iu')
			: null
	};
}

/** Names as one regex alternation, longest first, escaped, either apostrophe. */
function alternation(names: string[]): string {
	const words = [...new Set(names)]
		.filter((t) => t.length > 2)
		.sort((a, b) => b.length - a.length)
		.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"));
	return words.join('|') || '(?!)';
}

/** True when the sentence names the country or opens with a pronoun standing for it. */
export function mentionsCountry(text: string, terms: Terms): boolean {
	return terms.mention.test(text) || /^(?:it|the country|the government|they)\b/i.test(text);
}

/**
 * True when the clause's subject is a country other than this one: its opening words name
 * another country (longest name first, so "The Republic of China" is not China), the clause names
 * another country but not this one ("During this period Egypt and Jordan recognise Israel"), or
 * it opens with a pronoun for several ("neither", "both").
 */
export function otherSubject(clause: string, terms: Terms): boolean {
	const words = clause.split(/\s+/, 6);
	for (let n = Math.min(5, words.length); n >= 1; n--) {
		const candidate = words
			.slice(0, n)
			.join(' ')
			.replace(/['’]s$|[,:]$/, '');
		if (!/^\p{Lu}/u.test(candidate) && !/^the\s/i.test(candidate)) continue;
		const found = resolveCountry(candidate);
		if (found) return found.iso3 !== terms.iso3 && found.iso3 !== 'PSE';
	}
	if (terms.atStart.test(clause)) return false;
	if (/^(?:neither|both|each|none|all)\b/i.test(clause)) return true;
	return !terms.mention.test(clause) && namesOtherCountry(clause, terms.iso3);
}

/** True when `text` names a country other than `iso3`, Israel and Palestine. */
export function namesOtherCountry(text: string, iso3: string): boolean {
	const words = text.split(/\s+/).map((w) => w.replace(/^[("“]+|['’]s$|[),.;:"”]+$/g, ''));
	for (let i = 0; i < words.length; i++) {
		if (!/^\p{Lu}/u.test(words[i]!)) continue;
		for (let n = Math.min(4, words.length - i); n >= 1; n--) {
			const found = resolveCountry(words.slice(i, i + n).join(' '));
			if (!found) continue;
			if (found.iso3 !== iso3 && found.iso3 !== 'ISR' && found.iso3 !== 'PSE') return true;
			break;
		}
	}
	return false;
}
