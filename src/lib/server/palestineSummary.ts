import { isUnMember } from '$lib/countries/isUnMember';
import type { AtlasData } from '$lib/types';

/** How many states of a set have each recognition value. */
export interface RecognitionCount {
	yes: number;
	no: number;
	unknown: number;
	total: number;
}

/** A state where Palestine has a mission, as the data says. */
export interface MissionAbroad {
	iso3: string;
	name: string;
	/** The mission's city, when a source gives it. */
	city?: string;
}

/** What the atlas's data says about the State of Palestine itself, for its page. */
export interface PalestineSummary {
	/** Recognition of the State of Palestine among the 193 UN member states. */
	unMembers: RecognitionCount;
	/** The same among every state on the map (UN members, the Holy See, Kosovo, Taiwan, SADR). */
	allStates: RecognitionCount;
	/** Palestine's embassies abroad, by host state. */
	embassies: MissionAbroad[];
	/** Its other missions (general missions, delegations, offices), by host state. */
	otherMissions: MissionAbroad[];
	/** States where a source says Palestine has no mission. */
	noMission: number;
	/** States where no source says. */
	missionUnknown: number;
	/** The latest date the facts table is current to ("2026-03"), or '' when none. */
	asOf: string;
}

/**
 * Recognition counts and missions abroad of the State of Palestine, from the atlas's
 * per-state values (`recognizesPalestine`, `palestinianMission`); unknowns are counted, never
 * guessed.
 */
export function palestineSummary(atlas: AtlasData): PalestineSummary {
	const count = (countries: AtlasData['countries']): RecognitionCount => {
		const out = { yes: 0, no: 0, unknown: 0, total: countries.length };
		for (const c of countries) {
			const value = c.attributes.recognizesPalestine?.value;
			if (value === 'yes' || value === 'no') out[value]++;
			else out.unknown++;
		}
		return out;
	};
	const missions = (value: string): MissionAbroad[] =>
		atlas.countries
			.filter((c) => c.attributes.palestinianMission?.value === value)
			.map(({ iso3, name, attributes }) => {
				const city = attributes.palestinianMission.city;
				return city ? { iso3, name, city } : { iso3, name };
			})
			.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	const missionValue = (c: AtlasData['countries'][number]) =>
		c.attributes.palestinianMission?.value ?? 'unknown';
	const embassies = missions('embassy');
	const otherMissions = missions('other');
	return {
		unMembers: count(atlas.countries.filter((c) => isUnMember(c.iso3))),
		allStates: count(atlas.countries),
		embassies,
		otherMissions,
		noMission: atlas.countries.filter((c) => missionValue(c) === 'none').length,
		missionUnknown:
			atlas.countries.length -
			embassies.length -
			otherMissions.length -
			atlas.countries.filter((c) => missionValue(c) === 'none').length,
		asOf: atlas.countries
			.flatMap((c) => Object.values(c.attributes).map((a) => a.asOf ?? ''))
			.reduce((latest, date) => (date > latest ? date : latest), '')
	};
}
