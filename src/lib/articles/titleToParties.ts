import { resolveCountry } from '../countries/resolveCountry';
import { suggestCountries } from '../countries/suggestCountries';

/** The country a relations title is about, and where it stands in the title. */
export interface TitleParties {
	iso3: string;
	/** Common English name. */
	name: string;
	/** 1 when the country is named first ("Bangladesh–Palestine"), 2 when second. */
	position: 1 | 2;
	/** The country as the title writes it ("the Maldives"). */
	written: string;
}

/** Either the parties or why they cannot be told. */
export type TitlePartiesResult =
	{ ok: true; parties: TitleParties } | { ok: false; message: string; hint: string };

const RELATIONS_SUFFIX = /\s+(?:bilateral\s+|diplomatic\s+|foreign\s+)?relations?\s*$/i;
const RELATIONS_BETWEEN =
	/^(?:the\s+)?(?:bilateral\s+|diplomatic\s+)?relations?\s+between\s+(.+?)\s+and\s+(.+)$/i;
/** Dashes other than the plain hyphen: these always separate the two names. */
const STRONG_DASH =
	/\s*[\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63]\s*|\s+[-\u2010\u2011]\s+|\s*\/\s*/;
const HYPHEN = /[-\u2010\u2011]/g;

/**
 * Tells which country a relations title is about: "X–Palestine relations", "Palestine–X
 * relations", "State of Palestine–X relations", en dash or hyphen, multi-word names.
 * @example titleToParties('the Maldives–Palestine relations') // ok, MDV at position 1
 */
export function titleToParties(title: string): TitlePartiesResult {
	const text = title.trim().replace(/\s+/g, ' ');
	const between = RELATIONS_BETWEEN.exec(text);
	const core = between ? '' : text.replace(RELATIONS_SUFFIX, '').trim();
	const splits: [string, string][] = [];
	if (between) splits.push([between[1]!, between[2]!]);
	else {
		const strong = core.split(STRONG_DASH);
		if (strong.length === 2) splits.push([strong[0]!, strong[1]!]);
		else if (strong.length === 1) {
			// Plain hyphens: try each, so "Guinea-Bissau-Palestine" still splits at the right one.
			for (const match of core.matchAll(HYPHEN)) {
				const at = match.index;
				splits.push([core.slice(0, at), core.slice(at + 1)]);
			}
		}
	}
	if (splits.length === 0) {
		return {
			ok: false,
			message: `the title "${title}" does not name two parties`,
			hint: 'write the title as "Country–Palestine relations"'
		};
	}
	let unknown: string | null = null;
	for (const [left, right] of splits) {
		const a = resolveCountry(left);
		const b = resolveCountry(right);
		if (a?.iso3 === 'PSE' && b && b.iso3 !== 'PSE')
			return {
				ok: true,
				parties: { iso3: b.iso3, name: b.name, position: 2, written: right.trim() }
			};
		if (b?.iso3 === 'PSE' && a && a.iso3 !== 'PSE')
			return {
				ok: true,
				parties: { iso3: a.iso3, name: a.name, position: 1, written: left.trim() }
			};
		if (a?.iso3 === 'PSE' && !b && right.trim()) unknown ??= right.trim();
		if (b?.iso3 === 'PSE' && !a && left.trim()) unknown ??= left.trim();
	}
	if (unknown !== null) {
		const suggestions = suggestCountries(unknown);
		return {
			ok: false,
			message: `unknown country "${unknown}" in the title "${title}"`,
			hint: suggestions.length
				? `did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?`
				: 'use the country’s common English name'
		};
	}
	return {
		ok: false,
		message: `the title "${title}" does not name Palestine and one other country`,
		hint: 'write the title as "Country–Palestine relations", e.g. "Ghana–Palestine relations"'
	};
}
