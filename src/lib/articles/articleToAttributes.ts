import { countryAliases } from '../countries/countryAliases';
import { capitalToCountry } from '../countries/capitalToCountry';
import { countryDemonyms } from '../countries/countryDemonyms';
import { resolveCountry } from '../countries/resolveCountry';
import type { AttributeId, Problem, Reading } from '../types';
import { classifyMission } from './classifyMission';
import { findDate } from './findDate';
import { splitSentences } from './splitSentences';
import type { Paragraph, RawInfoboxRow } from './types';

/** What articleToAttributes reads. */
export interface AttributeInput {
	file: string;
	country: { iso3: string; name: string };
	/** The country's party number in the infobox (Mission{n} is the country's). */
	countryParty: 1 | 2;
	infobox: RawInfoboxRow[];
	/** Lead and content paragraphs (not See also, References, External links). */
	paragraphs: Paragraph[];
}

/** The four readings, and warnings where infobox and text disagree. */
export interface AttributeReadings {
	attributes: Record<AttributeId, Reading>;
	problems: Problem[];
}

interface Sentence {
	text: string;
	line: number;
	order: number;
}

/** A candidate reading with what ranks it: current over past, then later year, then strength. */
interface Candidate {
	reading: Reading;
	current: boolean;
	year: number;
	strength: number;
	order: number;
}

// ---- shared patterns (compiled once) ----
const ISRAEL = /\bisrael\b|\bthe jewish state\b/i;
const RECOGNI = /\brecogni[sz](e|es|ed|ing|tion)\b/gi;
const ISRAEL_OBJECT =
	/^\s+(?:(?:de\s+facto|de\s+jure|formally|officially|fully)\s+)?(?:(?:of|to)\s+)?(?:the\s+)?(?:(?:state|existence)\s+of\s+)?(?:israel\b|the\s+jewish\s+state)/i;
const PALESTINE_OBJECT =
	/\b(?:(?:independent\s+|sovereign\s+)?state\s+of\s+palestine|palestin(?:e|ian\s+state(?:hood)?|ian\s+statehood|ian\s+independence|ian\s+(?:national\s+)?authority|ian\s+declaration\s+of\s+independence)|declaration\s+of\s+independence|independence\s+of\s+palestine|statehood)\b/i;
const NOT_THE_STATE =
	/\b(?:plo|liberation\s+organi[sz]ation|representatives?|israel|hamas|fatah|all-palestine\s+government)\b/i;
const NEGATION =
	/\b(?:not|never|no|yet\s+to|refus\w*|declin\w*|reject\w*|oppos\w*|against|withh[eo]ld\w*|without)\b|n['’]t\b/i;
const CONDITIONAL =
	/\b(?:will|would|could|might|may|should|shall|plans?|planned|intends?|intended|consider\w*|ready|willing|prepared|pledged?|promised?|vowed?|calls?|called|urged?|urging|if|unless|once|whether|asked|demand\w*|pressure\w*|expected)\b/i;
const PRESENT = /\b(?:does|do|is|are|has|have|continues|remains|still|currently|now|today|yet)\b/i;
const CLAUSE_BREAK =
	/(?:;|:|\s[—–]\s|,\s+(?:but|while|whereas|although|though)\s|\s+but\s|\s+whereas\s)/gi;
const ADVERBIAL =
	/^(?:(?:but|and|while|whereas|however|also|moreover|although|though|thus|so)\b,?\s*)*(?:(?:in|on|since|by|from|after|before|during|until|at)\s+[^,]{1,60},\s*)?/i;
const STATE_OF_ISRAEL_NO_RELATIONS =
	/\b(?:(?:has|have)\s+had|has|have|had|maintains?|there\s+(?:are|were|is))\s+no\s+(?:formal\s+|official\s+|full\s+|bilateral\s+)?(?:diplomatic\s+)?(?:relations|ties)\b(?:\s+with\s+(\S+(?:\s+\S+){0,3}))?/i;
const NOT_HAVE_RELATIONS =
	/\b(?:does|do|did)\s*(?:not|n't)\s+(?:have|maintain|hold)\s+(?:any\s+)?(?:formal\s+|official\s+|full\s+)?diplomatic\s+(?:relations|ties)\s+with\s+(?:the\s+state\s+of\s+)?(?:israel\b|it\b)/i;
const NEVER_RELATIONS =
	/\bnever\s+(?:had|established|maintained|held|enjoyed)\s+(?:any\s+)?(?:formal\s+|official\s+|full\s+)?(?:diplomatic\s+)?(?:relations|ties)\b/i;
const ISRAEL_OR_IT = /^(?:it|israel|the\s+state\s+of\s+israel|the\s+jewish\s+state|them)\b/i;
const RELATIONS_WITH_ISRAEL =
	/\b(?:established|establish(?:es)?|maintains?|maintained|has|have|enjoys?|enjoyed|opened|upgraded|restored|resumed|formali[sz]ed|normali[sz]ed|entered\s+into)\s+(?:full\s+|formal\s+|official\s+|normal\s+|bilateral\s+|close\s+)*(?:diplomatic\s+)?(?:relations|ties)\s+with\s+(?:the\s+state\s+of\s+)?israel\b/i;
const AND_ISRAEL_RELATIONS =
	/\band\s+israel\s+(?:established|have|maintain|enjoy|restored|normali[sz]ed|exchanged|signed)\b/i;
const PEACE_TREATY =
	/\bpeace\s+(?:treaty|agreement)\s+with\s+israel\b|\bisrael\S*\s+peace\s+treaty\b/i;
const NORMALIZATION = /\bnormali[sz](?:ation|ed|e|es|ing)\b/i;
const ABRAHAM = /\b(?:signed|joined|signing|joining)\s+(?:the\s+)?abraham\s+accords\b/i;
const AMBASSADOR_ISRAEL =
	/\b(?:ambassador|embassy)\s+(?:to|in)\s+(?:israel|tel\s+aviv)\b|\bexchang\w*\s+ambassadors\b/i;
const PALESTINE_RECOGNITION_NO =
	/\b(?:has|have|had|does|do)\s*(?:not|n't|never)\s+(?:yet\s+)?(?:officially\s+|formally\s+)?recogni[sz]ed?\s+(?:the\s+)?(?:state\s+of\s+palestine|palestin(?:e|ian\s+state(?:hood)?))\b|\bnon-?recognition\s+of\s+(?:the\s+state\s+of\s+)?palestine\b/i;
const YEAR_1948 = /\b1948\b/;

const MISSION_NOUN =
	/\b(embass(?:y|ies)|consulates?(?:[-\s]general)?|general\s+delegation|delegations?|(?:diplomatic\s+|permanent\s+|general\s+)?missions?|representative\s+offices?|representation\s+offices?|liaison\s+offices?|offices?|legation)\b/gi;
const MODIFIERS =
	'(?:(?:diplomatic|general|permanent|honorary|official|unofficial|resident|non-resident|new|own|first|full|representative|trade|cultural|consular|former|de\\s+facto)\\s+){0,2}$';
const ISRAEL_QUALIFIER = new RegExp(
	`(?:^|[\\s(])(?:israeli|israel['’]s|israel)\\s+${MODIFIERS}`,
	'i'
);
const PALESTINE_QUALIFIER = new RegExp(
	`(?:^|[\\s(])(?:palestinian|palestine['’]s|palestine|plo|p\\.l\\.o\\.?|plo['’]s)\\s+${MODIFIERS}`,
	'i'
);
const POSSESSIVE_QUALIFIER = new RegExp(`(?:^|[\\s(])(?:its|their)\\s+${MODIFIERS}`, 'i');
const OF_OWNER =
	/^\s+of\s+(?:the\s+)?([\p{L}'’ -]{2,50}?)(?=\s+(?:in|at|to|on|and|for)\b|[,.;)]|$)/u;
const PALESTINE_OWNER =
	/^(?:the\s+)?(?:state\s+of\s+palestine|palestine|palestinian\s+(?:national\s+)?authority|palestinian\s+(?:government|leadership|side)|plo|palestine\s+liberation\s+organi[sz]ation|palestinians?)\b/i;
const PLACE =
	/^[^.;]{0,80}?\b(?:in|at)\s+(?:the\s+(?:capital|city)(?:\s+city)?(?:\s+of\s+[\p{L} ]+?)?,?\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|al-\p{L}+))*)/u;
const PALESTINE_PLACE =
	/^(?:ramallah|al-?bireh|el-?bireh|gaza(?:\s+city|\s+strip)?|al-?ram|a-?ram|ar-?ram|jericho|bethlehem|nablus|hebron|jenin|tulkarm|qalqilya|beit\s+jala|beit\s+sahour|rawabi|salfit|tubas|abu\s+dis|khan\s+yunis|rafah|west\s+bank|palestine|palestinian\s+territor(?:y|ies)|state\s+of\s+palestine|east\s+jerusalem)$/i;
const PALESTINE_REGION =
	/^(?:west\s+bank|palestine|palestinian\s+territor(?:y|ies)|state\s+of\s+palestine|gaza\s+strip)$/i;
const ACCREDITED =
	/\b(?:accredited|accreditation|covers?|covering|covered|responsible|represents?|represented|serves?|serving|non-resident|also\s+(?:for|to))\b[^.]*?\bpalestin|\bpalestin\w*[^.]*?\b(?:accredited|covered|through|from)\b/i;
/** Later in the sentence: the mission moved to another place. */
const MOVED_TO =
	/^[^.]{0,120}?\b(?:moved|relocated|transferred)\s+(?:\S+\s+)?to\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u;
/** "Its ambassador in Amman is accredited to Palestine": covered from elsewhere. */
const AMBASSADOR_ACCREDITED =
	/\b(?:ambassador|envoy|embassy|mission)\s+(?:to|in)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(?:is|was|has\s+been|are)\s+(?:also\s+)?(?:accredited|responsible)\s+(?:to|for)\s+(?:the\s+)?(?:state\s+of\s+)?palestin/iu;
/** A sentence that states a mission in the present ("has", "represents"), not its history. */
const PRESENT_MISSION =
	/\b(?:has|have|is|are|maintains?|hosts?|represents?|operates?|remains?|serves?|houses?)\b/i;
/** After a mission noun: it became an embassy later in the sentence. */
const UPGRADED =
	/^[^.]{0,120}?\b(?:upgraded|raised|elevated|converted|became|turned\s+into|given|granted|accorded|received)\s+(?:to\s+|into\s+)?(?:(?:a|an|the|full|its)\s+)*(?:embassy\b|embassy\s+status\b)/i;
const MISSION_NEGATION = /\b(?:no|not|never|without|lacks?|closed)\b|n['’]t\b/i;
/** "The PLO office in Washington was closed in 2018": the mission is gone. */
const CLOSED_AFTER =
	/^.{0,80}?\b(?:was|were|has\s+been|had\s+been)\s+(?:closed|shut|shut\s+down)\b/i;
const IN_PALESTINE =
	/\b(?:in|to|for)\s+(?:the\s+)?(?:state\s+of\s+)?palestin(?:e|ian\s+territor\w+)\b/i;

const UNKNOWN: Reading = { value: 'unknown' };

/**
 * Stage 3: derives the four attributes from infobox rows and prose, each with its source and
 * verbatim evidence; warns where infobox and text disagree.
 */
export function articleToAttributes(input: AttributeInput): AttributeReadings {
	const { file, country, countryParty } = input;
	const problems: Problem[] = [];
	const terms = termsFor(country.iso3, country.name);
	const sentences = toSentences(input.paragraphs);

	const israel: Candidate[] = [];
	const palestine: Candidate[] = [];
	const palMission: Candidate[] = [];
	const ownMission: Candidate[] = [];
	for (const s of sentences) {
		const lower = s.text.toLowerCase();
		const aboutIsrael =
			lower.includes('israel') ||
			lower.includes('jewish state') ||
			lower.includes('abraham accords');
		const aboutRecognition = lower.includes('recogni');
		const aboutMission =
			lower.includes('embass') ||
			lower.includes('consul') ||
			lower.includes('delegat') ||
			lower.includes('mission') ||
			lower.includes('office') ||
			lower.includes('legation');
		const aboutAccreditation = lower.includes('accredited') || lower.includes('responsible');
		if (!aboutIsrael && !aboutRecognition && !aboutMission && !aboutAccreditation) continue;
		const mentionsCountry =
			terms.mention.test(s.text) || /^(?:it|the country|the government|they)\b/i.test(s.text);
		if (mentionsCountry && aboutIsrael) readIsrael(s, israel, terms);
		if (mentionsCountry && aboutRecognition) readPalestineRecognition(s, palestine, terms);
		if (aboutMission) readMissions(s, palMission, ownMission, terms, country.iso3);
		if (aboutAccreditation) readAccreditation(s, ownMission, terms);
	}

	const recognizesIsrael = best(israel)?.reading ?? UNKNOWN;

	// Missions: the infobox row of each party, then the text.
	const missionRow = (party: number) =>
		input.infobox.find((r) => new RegExp(`^mission\\s*_?${party}$`, 'i').test(r.key));
	const palestineRow = missionRow(countryParty === 1 ? 2 : 1);
	const countryRow = missionRow(countryParty);
	const palInfobox = palestineRow ? palestinianMissionFromRow(palestineRow, country.iso3) : null;
	const ownInfobox = countryRow ? missionToPalestineFromRow(countryRow) : null;
	const palestinianMission = merge('palestinianMission', palInfobox, bestMission(palMission));
	const missionToPalestine = merge('missionToPalestine', ownInfobox, bestMission(ownMission));

	let recognizesPalestine = best(palestine)?.reading ?? UNKNOWN;
	if (palestinianMission.value === 'embassy') {
		if (recognizesPalestine.value === 'unknown') {
			// Hosting an embassy of the State of Palestine implies recognising it.
			const { source, evidence, line } = palestinianMission;
			recognizesPalestine = { value: 'yes', source, evidence, line };
		} else if (recognizesPalestine.value === 'no') {
			problems.push({
				severity: 'warning',
				file,
				line: recognizesPalestine.line ?? 1,
				message: `recognizesPalestine: the text says "no" but ${country.name} hosts a Palestinian embassy (line ${palestinianMission.line})`,
				hint: 'check which is current and correct the article'
			});
		}
	}

	return {
		attributes: { recognizesIsrael, recognizesPalestine, palestinianMission, missionToPalestine },
		problems
	};

	function merge(id: AttributeId, fromInfobox: Reading | null, fromText: Reading | null): Reading {
		const box = fromInfobox && fromInfobox.value !== 'unknown' ? fromInfobox : null;
		if (!box) return fromText ?? UNKNOWN;
		if (!fromText) return box;
		// "N/A" in the infobox means no mission in Palestine; the text may say who covers it.
		if (box.value === 'none' && fromText.value === 'non-resident') return fromText;
		if (fromText.value !== box.value) {
			problems.push({
				severity: 'warning',
				file,
				line: box.line ?? 1,
				message: `${id}: the infobox says "${box.value}" but the text says "${fromText.value}" (line ${fromText.line})`,
				hint: 'check which is current and correct the other'
			});
			return box;
		}
		// Same value: the text is better evidence when it names the city the infobox lacks.
		if (!box.city && fromText.city) return fromText;
		return box;
	}
}

const TERMS = new Map<string, Terms>();
/** countryTerms, built once per country. */
function termsFor(iso3: string, name: string): Terms {
	let terms = TERMS.get(iso3);
	if (!terms) {
		terms = countryTerms(iso3, name);
		TERMS.set(iso3, terms);
	}
	return terms;
}

/** Names, official names and demonyms of the country, as one matcher and one prefix test. */
function countryTerms(iso3: string, name: string) {
	const words = [...new Set([name, ...countryAliases(iso3), ...countryDemonyms(iso3)])]
		.filter((t) => t.length > 2)
		.sort((a, b) => b.length - a.length)
		.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"));
	const alternatives = words.join('|') || '(?!)';
	return {
		iso3,
		mention: new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu'),
		atStart: new RegExp(
			`^(?:the\\s+)?(?:(?:government|kingdom|republic|state|people)\\s+of\\s+(?:the\\s+)?)?(?:${alternatives})(?!\\p{L})`,
			'iu'
		),
		possessive: new RegExp(`(?:^|[\\s(])(?:${alternatives})(?:['’]s)?\\s+${MODIFIERS}`, 'iu')
	};
}
type Terms = ReturnType<typeof countryTerms>;

/** Every sentence of the prose with its line. */
function toSentences(paragraphs: Paragraph[]): Sentence[] {
	const sentences: Sentence[] = [];
	for (const p of paragraphs) {
		for (const s of splitSentences(p.text)) {
			let line = p.line;
			for (const b of p.breaks) if (b.offset <= s.offset) line = b.line;
			sentences.push({ text: s.text, line, order: sentences.length });
		}
	}
	return sentences;
}

/** The clause of `text` that ends at `at`: after the last ";", ", but", " — " …, adverbials dropped. */
function clauseBefore(text: string, at: number): string {
	const before = text.slice(0, at);
	let start = 0;
	CLAUSE_BREAK.lastIndex = 0;
	for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before))
		start = m.index + m[0].length;
	return before.slice(start).trimStart().replace(ADVERBIAL, '');
}

/**
 * True when the clause's subject is a country other than this one: its opening words name
 * another country (longest name first, so "The Republic of China" is not China), the clause names
 * another country but not this one ("During this period Egypt and Jordan recognise Israel"), or
 * it opens with a pronoun for several ("neither", "both").
 */
function otherSubject(clause: string, terms: Terms): boolean {
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
function namesOtherCountry(text: string, iso3: string): boolean {
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

function candidate(
	value: string,
	s: Sentence,
	current: boolean,
	strength: number,
	extra: Partial<Reading> = {}
): Candidate {
	const year = Number(findDate(s.text)?.slice(0, 4) ?? 0);
	return {
		reading: { value, ...extra, source: 'text', evidence: s.text, line: s.line },
		current,
		year,
		strength,
		order: s.order
	};
}

/**
 * The best candidate: current over past; then stronger; then, among past statements, the later
 * year; then the earlier in the article (the lead states the present).
 */
function best(candidates: Candidate[]): Candidate | undefined {
	return [...candidates].sort(
		(a, b) =>
			Number(b.current) - Number(a.current) ||
			b.strength - a.strength ||
			(a.current ? 0 : b.year - a.year) ||
			a.order - b.order
	)[0];
}

/**
 * The best mission reading: one stated in the present over history ("the PLO office in East
 * Berlin became an embassy" in 1988 against "the Palestinian Mission in Berlin represents
 * Palestine"); then the highest kind (embassy over other over none); then the later year.
 */
function bestMission(candidates: Candidate[]): Reading | null {
	const sorted = [...candidates].sort(
		(a, b) =>
			Number(b.current) - Number(a.current) ||
			b.strength - a.strength ||
			b.year - a.year ||
			a.order - b.order
	);
	const top = sorted[0];
	if (!top) return null;
	if (top.reading.city) return top.reading;
	return (
		sorted.find((c) => c.reading.value === top.reading.value && c.reading.city)?.reading ??
		top.reading
	);
}

/**
 * True when a "recognise…" verb states the present: "recognises", "recognize", "continues to
 * recognise"; not an infinitive in a past frame ("was the first country to recognise").
 */
function presentTense(suffix: string, recent: string): boolean {
	if (suffix === 'es') return true;
	if (suffix === 'e') {
		if (!/\bto\s+(?:\S+\s+)?$/i.test(recent)) return true;
		return PRESENT.test(recent.slice(-30)) && !/\b(?:was|were|had|did)\b/i.test(recent);
	}
	return PRESENT.test(recent.slice(-25)) && !/\b(?:was|were|had|did)\b/i.test(recent.slice(-25));
}

function readIsrael(s: Sentence, out: Candidate[], terms: Terms) {
	const text = s.text;
	RECOGNI.lastIndex = 0;
	for (let m = RECOGNI.exec(text); m; m = RECOGNI.exec(text)) {
		const after = text.slice(m.index + m[0].length);
		if (!ISRAEL_OBJECT.test(after)) continue;
		if (m[1] === 'tion' && !/^\s+(?:of|to)\b/i.test(after)) continue;
		const clause = clauseBefore(text, m.index);
		if (otherSubject(clause, terms)) continue;
		const recent = clause.slice(-60);
		const negated = NEGATION.test(recent);
		if (negated) {
			// "did not recognise Israel until 1994" is history that ended in recognition.
			if (/\buntil\b/i.test(after.slice(0, 80)) && !/\brefus|reject|declin/i.test(recent)) continue;
			out.push(
				candidate(
					'no',
					s,
					PRESENT.test(recent) || /^(?:e|es)$/.test(m[1]!) || /\brefuses\b/i.test(recent),
					2
				)
			);
			continue;
		}
		if (CONDITIONAL.test(recent)) continue;
		if (m[1] === 'ing') continue;
		out.push(candidate('yes', s, presentTense(m[1]!, recent), 2));
	}
	const noRelations = STATE_OF_ISRAEL_NO_RELATIONS.exec(text);
	if (noRelations && (!noRelations[1] || ISRAEL_OR_IT.test(noRelations[1]))) {
		const clause = clauseBefore(text, noRelations.index);
		if (!otherSubject(clause, terms) && !CONDITIONAL.test(clause.slice(-40)))
			out.push(
				candidate(
					'no',
					s,
					!/^had\b/i.test(noRelations[0]) && !/\b(?:were|was)\b/i.test(noRelations[0]),
					2
				)
			);
	}
	const notHave = NOT_HAVE_RELATIONS.exec(text);
	if (notHave && !otherSubject(clauseBefore(text, notHave.index), terms))
		out.push(candidate('no', s, !/^did/i.test(notHave[0]), 2));
	const never = NEVER_RELATIONS.exec(text);
	if (never && !otherSubject(clauseBefore(text, never.index), terms))
		out.push(candidate('no', s, true, 2));

	const yesRules: [RegExp, number][] = [
		[RELATIONS_WITH_ISRAEL, 2],
		[AND_ISRAEL_RELATIONS, 2],
		[PEACE_TREATY, 2],
		[ABRAHAM, 2],
		[AMBASSADOR_ISRAEL, 1]
	];
	for (const [rule, strength] of yesRules) {
		const m = rule.exec(text);
		if (!m) continue;
		const clause = clauseBefore(text, m.index);
		const recent = clause.slice(-50);
		if (otherSubject(clause, terms) || NEGATION.test(recent) || CONDITIONAL.test(recent)) continue;
		const perfect = /\b(?:has|have)\s+(?:\S+\s+)?$/i.test(
			text.slice(Math.max(0, m.index - 30), m.index)
		);
		out.push(
			candidate('yes', s, perfect || /^(?:maintains?|has|have|enjoys?)\b/i.test(m[0]), strength)
		);
	}
	const normalization = NORMALIZATION.exec(text);
	if (normalization) {
		const clause = clauseBefore(text, normalization.index);
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

function readPalestineRecognition(s: Sentence, out: Candidate[], terms: Terms) {
	const text = s.text;
	const explicitNo = PALESTINE_RECOGNITION_NO.exec(text);
	if (explicitNo && !otherSubject(clauseBefore(text, explicitNo.index), terms)) {
		out.push(candidate('no', s, !/^(?:had)\b/i.test(explicitNo[0]), 2));
		return;
	}
	RECOGNI.lastIndex = 0;
	for (let m = RECOGNI.exec(text); m; m = RECOGNI.exec(text)) {
		const after = text.slice(m.index + m[0].length);
		if (m[1] === 'tion' && !/^\s+(?:of|to)\b/i.test(after)) continue;
		const object = PALESTINE_OBJECT.exec(after);
		if (!object || object.index > 45) continue;
		const between = after.slice(0, object.index);
		const objectEnd = after.slice(object.index + object[0].length);
		if (NOT_THE_STATE.test(between) || /^\s+liberation/i.test(objectEnd)) continue;
		// "as the sole legitimate representative" is the PLO's role, not statehood.
		if (
			/^\s*(?:\([^)]*\)\s*)?as\s+(?:the\s+)?(?:sole\s+)?(?:legitimate\s+)?representative/i.test(
				objectEnd
			)
		)
			continue;
		if (YEAR_1948.test(after.slice(0, 90))) continue;
		const clause = clauseBefore(text, m.index);
		if (otherSubject(clause, terms) || PALESTINE_OWNER.test(clause)) continue;
		const recent = clause.slice(-60);
		if (NEGATION.test(recent)) {
			if (/\buntil\b/i.test(after.slice(0, 80))) continue;
			out.push(candidate('no', s, true, 2));
			return;
		}
		if (CONDITIONAL.test(recent)) continue;
		if (m[1] === 'ing' && !/\b(?:by|after|since)\s+$/i.test(recent)) continue;
		const date = findDate(after) ?? findDate(text);
		out.push(candidate('yes', s, presentTense(m[1]!, recent), 2, date ? { date } : {}));
		return;
	}
}

function readMissions(
	s: Sentence,
	palestinian: Candidate[],
	own: Candidate[],
	terms: Terms,
	iso3: string
) {
	const text = s.text;
	MISSION_NOUN.lastIndex = 0;
	for (let m = MISSION_NOUN.exec(text); m; m = MISSION_NOUN.exec(text)) {
		const noun = m[1]!.toLowerCase();
		const pre = text.slice(Math.max(0, m.index - 60), m.index);
		const post = text.slice(m.index + m[0].length);
		const owner = ownerOf(text, m.index, pre, post, terms);
		if (!owner) continue;
		const clause = clauseBefore(text, m.index);
		const negated =
			MISSION_NEGATION.test(clause.slice(-50)) || CLOSED_AFTER.test(post.slice(0, 120));
		const place = PLACE.exec(post)?.[1];
		// "The PLO office in New Delhi was upgraded to an embassy": the office is now an embassy.
		const kindStrength = /embass/.test(noun) || UPGRADED.test(post) ? 3 : 2;
		if (owner === 'palestine') {
			if (negated) {
				if (!terms.mention.test(text)) continue;
				palestinian.push(candidate('none', s, true, 1));
				continue;
			}
			let city: string | undefined;
			if (place) {
				if (PALESTINE_PLACE.test(place) || /jerusalem/i.test(place)) continue;
				const there = resolveCountry(place);
				if (there && there.iso3 !== iso3) continue;
				if (!there) {
					if (isForeignCapital(place, iso3)) continue;
					city = place;
				}
			} else if (!terms.mention.test(text)) continue;
			palestinian.push(
				candidate(
					kindStrength === 3 ? 'embassy' : 'other',
					s,
					PRESENT_MISSION.test(text),
					kindStrength,
					city ? { city } : {}
				)
			);
			continue;
		}
		// The country's own mission: in Palestine (resident), for Palestine from elsewhere, or none.
		if (negated) {
			if (IN_PALESTINE.test(post.slice(0, 80)) || (place && PALESTINE_PLACE.test(place)))
				own.push(candidate('none', s, true, 1));
			continue;
		}
		if (!place) continue;
		if (PALESTINE_PLACE.test(place)) {
			// "an office in Gaza in 1996; it was moved to Ramallah in 2003": where it is now.
			const moved = MOVED_TO.exec(post)?.[1];
			const now = moved && PALESTINE_PLACE.test(moved) ? moved : place;
			const city = PALESTINE_REGION.test(now) ? undefined : now;
			own.push(candidate('resident', s, true, 3, city ? { city } : {}));
		} else if (/jerusalem/i.test(place)) {
			// A consulate-general in Jerusalem serves Palestinians; an embassy there is to Israel.
			if (/consul/.test(noun)) own.push(candidate('resident', s, true, 3, { city: place }));
		} else if (ACCREDITED.test(text) && !resolveCountry(place)) {
			own.push(candidate('non-resident', s, true, 2, { city: place }));
		}
	}
}

/** "Indonesia's Ambassador to Jordan is accredited to Palestine": a non-resident mission. */
function readAccreditation(s: Sentence, own: Candidate[], terms: Terms) {
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
	own.push(candidate('non-resident', s, true, 2, there ? {} : { city: place }));
}

/** Who owns the mission named at `at`: Palestine, the country, or someone else (`null`). */
function ownerOf(
	text: string,
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
	if (PALESTINE_QUALIFIER.test(pre)) return 'palestine';
	if (terms.possessive.test(pre) && !/\b(?:in|to)\s+$/i.test(pre)) return 'country';
	const clause = clauseBefore(text, at);
	const possessive = POSSESSIVE_QUALIFIER.test(pre);
	const article =
		/\b(?:an?|the|its|their|one|two|several|no)\s+(?:\S+\s+){0,2}$/i.test(pre) || possessive;
	if (!article) return null;
	for (const subject of [clause, text]) {
		if (PALESTINE_OWNER.test(subject)) return 'palestine';
		if (terms.atStart.test(subject)) return 'country';
	}
	return null;
}

/** True when `place` is the capital of another country ("Cairo" in a Malaysia article). */
function isForeignCapital(place: string, iso3: string): boolean {
	const of = capitalToCountry(place);
	return of !== undefined && of !== iso3;
}

function palestinianMissionFromRow(row: RawInfoboxRow, iso3: string): Reading {
	const phrase = classifyMission(row.value);
	const base = { source: 'infobox' as const, evidence: row.raw, line: row.line };
	if (phrase.kind === 'unknown') return UNKNOWN;
	if (phrase.placeIsCountry && phrase.placeIsCountry !== iso3) return UNKNOWN;
	return { value: phrase.kind, ...(phrase.place ? { city: phrase.place } : {}), ...base };
}

function missionToPalestineFromRow(row: RawInfoboxRow): Reading {
	const phrase = classifyMission(row.value);
	const base = { source: 'infobox' as const, evidence: row.raw, line: row.line };
	if (phrase.kind === 'none') return { value: 'none', ...base };
	if (phrase.kind === 'unknown') return UNKNOWN;
	if (phrase.placeIsCountry === 'PSE') return { value: 'resident', ...base };
	if (phrase.placeIsCountry) return { value: 'non-resident', ...base };
	const place = phrase.place;
	if (!place) return UNKNOWN;
	if (PALESTINE_PLACE.test(place))
		return { value: 'resident', ...(PALESTINE_REGION.test(place) ? {} : { city: place }), ...base };
	if (/jerusalem/i.test(place)) {
		if (/consul/i.test(row.value) || /east/i.test(place))
			return { value: 'resident', city: place, ...base };
		return UNKNOWN;
	}
	return { value: 'non-resident', city: place, ...base };
}
