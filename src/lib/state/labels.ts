/** What the map can be coloured by: the four attributes plus the year Palestine was recognised. */
export const PICKER_IDS = [
	'recognizesPalestine',
	'recognizesIsrael',
	'palestinianMission',
	'missionToPalestine',
	'recognitionYear'
] as const;

/** One choice of the attribute picker. */
export type PickerId = (typeof PICKER_IDS)[number];

/** The attribute shown when the URL names none (or a bad one). */
export const DEFAULT_PICKER_ID: PickerId = 'recognizesPalestine';

/** The first year of the year control: the 1988 declaration of the State of Palestine. */
export const FIRST_YEAR = 1988;

/** Human names of the picker choices. */
export const PICKER_LABELS: Record<PickerId, string> = {
	recognizesPalestine: 'Recognises Palestine',
	recognizesIsrael: 'Recognises Israel',
	palestinianMission: "Palestine's mission in the country",
	missionToPalestine: "The country's mission to Palestine",
	recognitionYear: 'Year Palestine was recognised'
};

/** Phrases for sentences ("Pakistan selected: recognises Palestine: yes"). */
export const PICKER_PHRASES: Record<PickerId, string> = {
	recognizesPalestine: 'recognises Palestine',
	recognizesIsrael: 'recognises Israel',
	palestinianMission: "Palestine's mission in the country",
	missionToPalestine: "the country's mission to Palestine",
	recognitionYear: 'year Palestine was recognised'
};

/** Human labels of attribute values. */
export const VALUE_LABELS: Record<string, string> = {
	yes: 'Yes',
	no: 'No',
	unknown: 'Unknown',
	embassy: 'Embassy',
	other: 'Other mission (delegation, office)',
	none: 'None',
	resident: 'Resident (in Palestine)',
	'non-resident': 'Non-resident (covered from elsewhere)',
	'not-a-state': 'Not yet a state'
};

/** Human names of value sources. */
export const SOURCE_LABELS: Record<string, string> = {
	infobox: 'article infobox',
	text: 'article text',
	facts: 'facts table'
};

/** True when `id` is one of the picker's choices. */
export function isPickerId(id: string): id is PickerId {
	return (PICKER_IDS as readonly string[]).includes(id);
}
