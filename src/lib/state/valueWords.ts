import type { Attribute, AttributeId, Reading, Statehood } from '$lib/types';
import { formatPartialDate } from './formatPartialDate';

/** "on 16 November 1988", "in November 1988", "in 1989". */
const onDate = (date: string) =>
	(/^\d{4}-\d{2}-\d{2}$/.test(date) ? 'on ' : 'in ') + formatPartialDate(date);

/**
 * One value as a sentence a reader understands, without the state's name.
 * @example valueSentence('recognizesPalestine', { value: 'yes', date: '1988-11-16' }) // 'Recognised the State of Palestine on 16 November 1988'
 */
export function valueSentence(id: AttributeId, reading: Reading): string {
	const { value, city, date } = reading;
	switch (id) {
		case 'recognizesPalestine':
			if (value === 'yes')
				return date
					? `Recognised the State of Palestine ${onDate(date)}`
					: 'Recognises the State of Palestine (since when is not known)';
			if (value === 'no') return 'Does not recognise the State of Palestine';
			return 'Not known whether it recognises the State of Palestine';
		case 'recognizesIsrael':
			if (value === 'yes') return 'Recognises Israel';
			if (value === 'no') return 'Does not recognise Israel';
			return 'Not known whether it recognises Israel';
		case 'palestinianMission':
			if (value === 'embassy')
				return city ? `Palestine has an embassy in ${city}` : 'Palestine has an embassy there';
			if (value === 'other')
				return `Palestine has a mission (a delegation or office, not an embassy)${city ? ` in ${city}` : ' there'}`;
			if (value === 'none')
				return city
					? `Palestine has no resident mission there; it is covered from ${city}`
					: 'Palestine has no resident mission there';
			return 'Not known whether Palestine has a mission there (no source found)';
		case 'missionToPalestine':
			if (value === 'resident')
				return city
					? `Has a resident mission to Palestine, in ${city}`
					: 'Has a resident mission to Palestine';
			if (value === 'non-resident')
				return city
					? `Covers Palestine from its embassy in ${city}`
					: 'Covers Palestine from an embassy elsewhere';
			if (value === 'none') return 'Has no mission to Palestine';
			return 'No mission to Palestine known (no source found; this does not mean there is none)';
	}
}

/** The four values in a few words each, for the summary line. */
function shortValue(id: AttributeId, reading: Reading): string {
	const { value, city, date } = reading;
	switch (id) {
		case 'recognizesPalestine':
			if (value === 'yes')
				return date ? `Recognises Palestine since ${date.slice(0, 4)}` : 'Recognises Palestine';
			if (value === 'no') return 'Does not recognise Palestine';
			return 'Recognition of Palestine not known';
		case 'recognizesIsrael':
			if (value === 'yes') return 'recognises Israel';
			if (value === 'no') return 'does not recognise Israel';
			return 'recognition of Israel not known';
		case 'palestinianMission':
			if (value === 'embassy')
				return city ? `Palestinian embassy in ${city}` : 'Palestinian embassy';
			if (value === 'other') return city ? `Palestinian mission in ${city}` : 'Palestinian mission';
			if (value === 'none')
				return city
					? `no resident Palestinian mission (covered from ${city})`
					: 'no resident Palestinian mission';
			return 'Palestinian mission not known';
		case 'missionToPalestine':
			if (value === 'resident')
				return city ? `mission to Palestine in ${city}` : 'resident mission to Palestine';
			if (value === 'non-resident')
				return city ? `mission to Palestine from ${city}` : 'non-resident mission to Palestine';
			if (value === 'none') return 'no mission to Palestine';
			return 'no mission in Palestine known';
	}
}

/** The order values are told in: Palestine first. */
export const SUMMARY_ORDER: AttributeId[] = [
	'recognizesPalestine',
	'recognizesIsrael',
	'palestinianMission',
	'missionToPalestine'
];

/**
 * The panel's first line: all four values, in words, joined by " · ".
 * @example summaryLine(pakistan.attributes) // 'Recognises Palestine since 1988 · does not recognise Israel · Palestinian embassy in Islamabad · no mission in Palestine known'
 */
export function summaryLine(attributes: Record<AttributeId, Attribute>): string {
	return SUMMARY_ORDER.map((id) => shortValue(id, attributes[id] ?? { value: 'unknown' })).join(
		' · '
	);
}

/**
 * When a state that did not exist in 1988 became one, and, for a state that kept its
 * predecessor's recognition, that the recognition counts from the predecessor's date.
 * @example statehoodSentence('Russia', russia.statehood, russia.attributes.recognizesPalestine) // 'Russia became a state on 26 December 1991, from the Soviet Union, and kept its recognition of Palestine: the atlas counts it from 19 November 1988.'
 */
export function statehoodSentence(
	name: string,
	statehood: Statehood,
	recognition: Attribute | undefined
): string {
	const since = formatPartialDate(statehood.since);
	const kept =
		statehood.continuous &&
		recognition?.value === 'yes' &&
		recognition.date !== undefined &&
		recognition.date < statehood.since;
	if (kept)
		return `${name} became a state on ${since}, from ${statehood.predecessor}, and kept its recognition of Palestine: the atlas counts it from ${formatPartialDate(recognition.date!)}.`;
	if (statehood.continuous)
		return `${name} took its present form on ${since}, from ${statehood.predecessor}; the atlas shows it as a state in every year.`;
	return `${name} became a state on ${since}, from ${statehood.predecessor}; before then the year view shows it as "not yet a state".`;
}
