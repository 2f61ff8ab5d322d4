import { resolveCountry } from '../countries/resolveCountry';

/** What a mission phrase says: its kind, and the city when it names one. */
export interface MissionPhrase {
	kind: 'embassy' | 'other' | 'none' | 'unknown';
	/** The place as written after "in" or the comma: a city, or a country (`isCountry`). */
	place?: string;
	/** The place is a country (e.g. "in Bahrain"), so not a city. */
	placeIsCountry?: string;
	/** The country the city is in, when written after it ("Cairo, Egypt"). */
	country?: string;
}

const NONE = /^(?:n\/?a|none|nil|no|-+|—|–|no mission|not applicable|no representation)\.?$/i;
const EMBASSY = /\bembass(?:y|ies)\b/i;
const OTHER =
	/\b(?:consulates?|consular|delegations?|missions?|representative|representation|offices?|liaison|bureau|legation|high commission)\b/i;
const PLACE_AFTER_IN =
	/\b(?:in|at)\s+(?:the\s+(?:capital|city)(?:\s+city)?(?:\s+of\s+[^,]+)?,?\s+)?([^,()]+?)\s*(?:\(|$)/i;
const PLACE_AFTER_COMMA = /,\s*([^,()]+?)\s*$/;
/** A mission still to come: "(proposed)", "planned", "to be opened" (a plan is not a mission). */
const PLANNED =
	/\b(?:proposed|planned|planning|to\s+be\s+(?:opened|established)|under\s+construction)\b/i;
/** Closing remarks: "(accredited)", ", non-resident", a trailing comma. */
const TRAILING_NOTE =
	/(?:\s*,?\s*\([^()]*\)|\s*,\s*(?:accredited|non-resident|resident|closed|honorary|also\s+accredited)\b[^,]*|\s*,)\s*$/i;

/**
 * Classifies an infobox mission value: "Embassy of Bangladesh, Amman" → embassy in Amman;
 * "N/A" → none; "General Delegation of Palestine, Dublin" → other in Dublin; "Representative
 * Office, Ramallah (proposed)" → unknown.
 * @example classifyMission('Embassy of Palestine, Dhaka') // { kind: 'embassy', place: 'Dhaka' }
 */
export function classifyMission(value: string): MissionPhrase {
	const text = value.trim();
	if (!text || NONE.test(text)) return { kind: text ? 'none' : 'unknown' };
	if (PLANNED.test(text)) return { kind: 'unknown' };
	const kind = EMBASSY.test(text) ? 'embassy' : OTHER.test(text) ? 'other' : 'unknown';
	// Closing remarks ("(also accredited to Palestine)", ", (accredited)") are not the place.
	let bare = text;
	for (let stripped = bare.replace(TRAILING_NOTE, ''); stripped !== bare;)
		[bare, stripped] = [stripped, stripped.replace(TRAILING_NOTE, '')];
	// "Vietnamese Embassy, Cairo, Egypt" and "Embassy of Vietnam in Cairo, Egypt": city, country.
	const parts = bare.split(',').map((p) => p.trim());
	const trailing = parts.length >= 2 ? resolveCountry(parts[parts.length - 1]!) : null;
	if (trailing) {
		const city =
			parts.length >= 3 ? parts[parts.length - 2] : PLACE_AFTER_IN.exec(`${parts[0]}`)?.[1];
		if (city && !resolveCountry(city))
			return { kind, place: city.trim().replace(/^the\s+/i, ''), country: trailing.iso3 };
	}
	const place = (PLACE_AFTER_COMMA.exec(bare) ?? PLACE_AFTER_IN.exec(bare))?.[1]?.trim();
	if (!place) return { kind };
	const country = resolveCountry(place);
	if (country) return { kind, placeIsCountry: country.iso3 };
	return { kind, place: place.replace(/^the\s+/i, '') };
}
