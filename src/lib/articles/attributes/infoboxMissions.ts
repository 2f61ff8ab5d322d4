import type { Reading } from '../../types';
import type { RawInfoboxRow } from '../types';
import { missionToPalestineFromRow } from './readMissionToPalestine';
import { palestinianMissionFromRow } from './readPalestinianMission';
import type { Terms } from './types';

/** The two missions as the infobox gives them (null when no row gives one). */
export interface InfoboxMissions {
	palestinian: Reading | null;
	own: Reading | null;
}

/** The owner part of a mission's name: before its place ("Office of China to Palestine, …"). */
const NAME_END = /\s*(?:,|\(|\b(?:in|at|to|for|accredited)\b).*$/is;
const PALESTINE_NAME = /\b(?:palestin\w*|plo|p\.l\.o\.?)(?!\p{L})/iu;

/**
 * Reads the infobox's Mission1/Mission2 rows. Editors file them by party (Mission{n} is party
 * n's mission) or by location (the mission located in party n's country): the mission's own
 * name decides whose it is ("Embassy of Palestine, Beijing" is Palestine's in any slot); the
 * slot decides only when the name names neither party. `None` and `N/A` keep their slot. A row
 * whose name overrides its slot carries a note saying so.
 * @example infoboxMissions(rows, 1, termsFor('CHN', 'China'), 'China').palestinian?.city // 'Beijing'
 */
export function infoboxMissions(
	infobox: RawInfoboxRow[],
	countryParty: 1 | 2,
	terms: Terms,
	name: string
): InfoboxMissions {
	const found: InfoboxMissions = { palestinian: null, own: null };
	const noted = { palestinian: false, own: false };
	for (const n of [1, 2] as const) {
		const row = infobox.find((r) => new RegExp(`^mission\\s*_?${n}$`, 'i').test(r.key));
		if (!row) continue;
		const slot = n === countryParty ? 'own' : 'palestinian';
		const named = ownerByName(row.value, terms);
		const owner = named ?? slot;
		let reading =
			owner === 'palestinian'
				? palestinianMissionFromRow(row, terms.iso3)
				: missionToPalestineFromRow(row);
		const moved = owner !== slot;
		if (moved && reading.value !== 'unknown') {
			const whose = (o: 'own' | 'palestinian') => (o === 'own' ? name : 'Palestine');
			reading = {
				...reading,
				note: `filed under ${row.key}, the slot of ${whose(slot)}'s mission, but its name makes it ${whose(owner)}'s`
			};
		}
		// Two rows for one owner: the one in its own slot wins.
		if (found[owner] === null || (noted[owner] && !moved && reading.value !== 'unknown')) {
			found[owner] = reading;
			noted[owner] = moved;
		}
	}
	return found;
}

/** Whose mission its name says it is: Palestine's, the country's, or neither (`null`). */
function ownerByName(value: string, terms: Terms): 'palestinian' | 'own' | null {
	const owner = value.replace(NAME_END, '');
	const palestine = PALESTINE_NAME.test(owner);
	const country = terms.own.test(owner);
	if (palestine === country) return null;
	return palestine ? 'palestinian' : 'own';
}
