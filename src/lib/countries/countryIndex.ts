import worldCountries from 'world-countries';
import i18nCountries from 'i18n-iso-countries/index.js';
import i18nEnglish from 'i18n-iso-countries/langs/en.json';
import { COUNTRY_EXCEPTIONS } from './countryExceptions';
import { normalizeCountryName } from './normalizeCountryName';

/** One country or territory as the name index knows it. */
export interface CountryEntry {
	iso3: string;
	/** Common English name. */
	name: string;
	/** Every Latin-script name (common first), deduplicated by normalised form. */
	aliases: string[];
	/** English demonyms ("Bangladeshi"). */
	demonyms: string[];
	/** Capital cities. */
	capitals: string[];
	/** A state (independent, UN member, or named in the exceptions), not a dependent territory. */
	state: boolean;
}

/** The name index, built once on first use. */
export interface CountryIndex {
	byIso3: Map<string, CountryEntry>;
	/** Normalised name → iso3, or `null` when the name is ambiguous. */
	byName: Map<string, string | null>;
	/** Normalised capital city → iso3. */
	byCapital: Map<string, string>;
}

const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\s'’.,()&\-–]+$/u;

let index: CountryIndex | undefined;

/** Ranks: a lower rank wins a name; two codes at the same rank make it ambiguous. */
const RANK = { exception: 0, common: 1, official: 2, i18n: 3, alt: 4 } as const;

/** Returns the lazily built index over world-countries, i18n-iso-countries and the exceptions. */
export function countryIndex(): CountryIndex {
	if (index) return index;
	const remap = new Map<string, string>();
	for (const exception of COUNTRY_EXCEPTIONS) {
		for (const code of exception.codes ?? []) if (exception.iso3) remap.set(code, exception.iso3);
	}
	const code = (iso3: string) => remap.get(iso3) ?? iso3;
	const byIso3 = new Map<string, CountryEntry>();
	const ranked = new Map<string, { iso3: string | null; rank: number }>();

	const entryFor = (iso3: string, name: string): CountryEntry => {
		let entry = byIso3.get(iso3);
		if (!entry) {
			entry = { iso3, name, aliases: [], demonyms: [], capitals: [], state: false };
			byIso3.set(iso3, entry);
		}
		return entry;
	};
	const addName = (iso3: string | null, name: string, rank: number) => {
		const key = normalizeCountryName(name);
		if (!key) return;
		if (iso3) {
			const entry = byIso3.get(iso3);
			if (entry && LATIN.test(name) && !entry.aliases.some((a) => normalizeCountryName(a) === key))
				entry.aliases.push(name);
		}
		const previous = ranked.get(key);
		if (!previous || rank < previous.rank) ranked.set(key, { iso3, rank });
		else if (rank === previous.rank && previous.iso3 !== iso3)
			ranked.set(key, { iso3: null, rank });
	};

	for (const country of worldCountries) {
		const iso3 = code(country.cca3);
		const entry = entryFor(iso3, country.name.common);
		const demonyms = country.demonyms?.eng;
		if (demonyms) entry.demonyms = [...new Set([demonyms.m, demonyms.f].filter(Boolean))];
		entry.capitals = [...country.capital];
		entry.state = country.independent || country.unMember;
		addName(iso3, country.name.common, RANK.common);
		addName(iso3, country.name.official, RANK.official);
		for (const alt of country.altSpellings) {
			// The first alt spelling is the two-letter code, which is not a name.
			if (alt === country.cca2) continue;
			addName(iso3, alt, RANK.alt);
		}
	}
	i18nCountries.registerLocale(i18nEnglish);
	const i18nNames = i18nCountries.getNames('en', { select: 'all' });
	for (const [alpha2, names] of Object.entries(i18nNames)) {
		const alpha3 = i18nCountries.alpha2ToAlpha3(alpha2);
		if (!alpha3) continue;
		const iso3 = code(alpha3);
		const entry = byIso3.get(iso3);
		if (!entry) continue;
		for (const name of names) {
			addName(iso3, name, RANK.i18n);
			// "Korea, Republic of" is also read as "Republic of Korea".
			const inverted = /^([^,]+), (.+)$/.exec(name);
			if (inverted) addName(iso3, `${inverted[2]} ${inverted[1]}`, RANK.i18n);
		}
	}
	for (const exception of COUNTRY_EXCEPTIONS) {
		const entry = exception.iso3 ? byIso3.get(exception.iso3) : undefined;
		if (entry) entry.state = true;
		for (const name of exception.names) addName(exception.iso3, name, RANK.exception);
	}
	const byName = new Map<string, string | null>();
	for (const [key, value] of ranked) byName.set(key, value.iso3);
	const byCapital = new Map<string, string>();
	for (const entry of byIso3.values())
		for (const capital of entry.capitals) byCapital.set(normalizeCountryName(capital), entry.iso3);
	index = { byIso3, byName, byCapital };
	return index;
}
