import { capitalToCountry } from '../../countries/capitalToCountry';
import { resolveCountry } from '../../countries/resolveCountry';
import { classifyMission } from '../classifyMission';
import type { RawInfoboxRow } from '../types';
import type { Reading } from '../../types';
import { bestMission, candidate, UNKNOWN } from './candidate';
import { aboutMission, missionMentions, PRESENT_MISSION } from './missionMentions';
import { PALESTINE_PLACE } from './places';
import type { Candidate, Sentence, Terms } from './types';

/**
 * Reads Palestine's mission in the country from the prose: an embassy, another mission
 * (delegation, office), or none; with its city. `null` when the prose says nothing.
 * @example readPalestinianMission(sentences, termsFor('BGD', 'Bangladesh'))?.city // 'Dhaka'
 */
export function readPalestinianMission(sentences: Sentence[], terms: Terms): Reading | null {
	const out: Candidate[] = [];
	for (const [i, s] of sentences.entries()) {
		if (!aboutMission(s)) continue;
		// Whole-sentence tests run once per sentence, not once per mission noun: reading stays linear.
		let mentioned: boolean | undefined;
		const mentionsCountry = () => (mentioned ??= terms.mention.test(s.text));
		let present: boolean | undefined;
		for (const m of missionMentions(s, terms, sentences[i + 1])) {
			if (m.owner !== 'palestine') continue;
			if (m.negated) {
				// "Palestine has no embassy in Yaoundé": the capital stands for the country.
				const here = m.place !== undefined && capitalToCountry(m.place) === terms.iso3;
				if (here || mentionsCountry()) out.push(candidate('none', s, true, 1));
				continue;
			}
			let city: string | undefined;
			if (m.place) {
				// A Palestinian mission elsewhere (Cairo, Jerusalem …) is not the one in this country.
				if (PALESTINE_PLACE.test(m.place) || /jerusalem/i.test(m.place)) continue;
				const there = resolveCountry(m.place);
				if (there && there.iso3 !== terms.iso3) continue;
				if (!there) {
					if (isForeignCapital(m.place, terms.iso3)) continue;
					city = m.place;
				}
			} else if (!mentionsCountry()) continue;
			out.push(
				candidate(
					m.embassy ? 'embassy' : 'other',
					s,
					(present ??= PRESENT_MISSION.test(s.text)),
					m.embassy ? 3 : 2,
					city ? { city } : {}
				)
			);
		}
	}
	return bestMission(out);
}

/**
 * Reads an infobox value as Palestine's mission in the country.
 * @example palestinianMissionFromRow(row('Embassy of Palestine, Dhaka'), 'BGD').city // 'Dhaka'
 */
export function palestinianMissionFromRow(row: RawInfoboxRow, iso3: string): Reading {
	const phrase = classifyMission(row.value);
	const base = { source: 'infobox' as const, evidence: row.raw, line: row.line };
	if (phrase.kind === 'unknown') return UNKNOWN;
	if (phrase.placeIsCountry && phrase.placeIsCountry !== iso3) return UNKNOWN;
	if (phrase.country && phrase.country !== iso3) return UNKNOWN;
	return { value: phrase.kind, ...(phrase.place ? { city: phrase.place } : {}), ...base };
}

/** True when `place` is the capital of another country ("Cairo" in a Malaysia article). */
export function isForeignCapital(place: string, iso3: string): boolean {
	const of = capitalToCountry(place);
	return of !== undefined && of !== iso3;
}
