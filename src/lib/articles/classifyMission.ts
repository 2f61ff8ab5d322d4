import { resolveCountry } from '../countries/resolveCountry';

/** What a mission phrase says: its kind, and the city when it names one. */
export interface MissionPhrase {
	kind: 'embassy' | 'other' | 'none' | 'unknown';
	/** The place as written after "in" or the comma: a city, or a country (`isCountry`). */
	place?: string;
	/** The place is a country (e.g. "in Bahrain"), so not a city. */
	placeIsCountry?: string;
}

const NONE = /^(?:n\/?a|none|nil|no|-+|—|–|no mission|not applicable|no representation)\.?$/i;
const EMBASSY = /\bembass(?:y|ies)\b/i;
const OTHER =
	/\b(?:consulates?|consular|delegations?|missions?|representative|representation|offices?|liaison|bureau|legation|high commission)\b/i;
const PLACE_AFTER_IN =
	/\b(?:in|at)\s+(?:the\s+(?:capital|city)(?:\s+city)?(?:\s+of\s+[^,]+)?,?\s+)?([^,()]+?)\s*(?:\(|$)/i;
const PLACE_AFTER_COMMA = /,\s*([^,()]+?)\s*$/;

/**
 * Classifies an infobox mission value: "Embassy of Bangladesh, Amman" → embassy in Amman;
 * "N/A" → none; "General Delegation of Palestine, Dublin" → other in Dublin.
 * @example classifyMission('Embassy of Palestine, Dhaka') // { kind: 'embassy', place: 'Dhaka' }
 */
export function classifyMission(value: string): MissionPhrase {
	const text = value.trim();
	if (!text || NONE.test(text)) return { kind: text ? 'none' : 'unknown' };
	const kind = EMBASSY.test(text) ? 'embassy' : OTHER.test(text) ? 'other' : 'unknown';
	// A closing remark in brackets ("(also accredited to Palestine)") is not the place.
	const bare = text.replace(/\s*\([^()]*\)\s*$/, '');
	const place = (PLACE_AFTER_COMMA.exec(bare) ?? PLACE_AFTER_IN.exec(bare))?.[1]?.trim();
	if (!place) return { kind };
	const country = resolveCountry(place);
	if (country) return { kind, placeIsCountry: country.iso3 };
	return { kind, place: place.replace(/^the\s+/i, '') };
}
