import type { AttributeId, Problem, Reading } from '../types';
import { UNKNOWN } from './attributes/candidate';
import { infoboxMissions } from './attributes/infoboxMissions';
import { readMissionToPalestine } from './attributes/readMissionToPalestine';
import { readPalestinianMission } from './attributes/readPalestinianMission';
import { readRecognizesIsrael } from './attributes/readRecognizesIsrael';
import { readRecognizesPalestine } from './attributes/readRecognizesPalestine';
import { paragraphsToSentences } from './attributes/sentences';
import { termsFor } from './attributes/subject';
import type { Terms } from './attributes/types';
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

/**
 * Stage 3: derives the four attributes from infobox rows and prose, each with its source and
 * verbatim evidence; warns where infobox and text disagree. The rules live in one reader per
 * attribute (./attributes/read*.ts), each with the sentences that motivated it in its test.
 */
export function articleToAttributes(input: AttributeInput): AttributeReadings {
	const { file, country, countryParty } = input;
	const problems: Problem[] = [];
	const terms = termsFor(country.iso3, country.name);
	const sentences = paragraphsToSentences(input.paragraphs);

	const recognizesIsrael = readRecognizesIsrael(sentences, terms);

	// Missions: the infobox rows (by name, else by slot), then the text.
	const boxed = infoboxMissions(input.infobox, countryParty, terms, country.name);
	const palInfobox = boxed.palestinian;
	const ownInfobox = boxed.own;
	const palestinianMission = merge(
		'palestinianMission',
		palInfobox,
		readPalestinianMission(sentences, terms)
	);
	const missionToPalestine = merge(
		'missionToPalestine',
		ownInfobox,
		readMissionToPalestine(sentences, terms)
	);

	let recognizesPalestine = readRecognizesPalestine(sentences, terms);
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

	const attributes = {
		recognizesIsrael,
		recognizesPalestine,
		palestinianMission,
		missionToPalestine
	};
	for (const id of Object.keys(attributes) as AttributeId[])
		attributes[id] = withPredecessorNote(attributes[id], terms, country.name);
	return { attributes, problems };

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

/** A reading whose evidence names only a predecessor state ("The USSR recognised …") says so. */
function withPredecessorNote(reading: Reading, terms: Terms, name: string): Reading {
	const said = reading.source === 'text' && reading.evidence ? reading.evidence : '';
	const predecessor = terms.predecessor?.exec(said)?.[0];
	if (!predecessor || terms.own.test(said)) return reading;
	return { ...reading, note: `said of ${predecessor}, ${name}'s predecessor state` };
}
