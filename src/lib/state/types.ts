import type { Attribute, AttributeId, Statehood } from '$lib/types';
import type { PickerId } from './labels';

/** One country in the thin index the home page loads: no article body, short fields only. */
export interface CountryIndexEntry {
	iso3: string;
	name: string;
	aliases: string[];
	hasArticle: boolean;
	/** The article's title, or null without an article. */
	title: string | null;
	/** The article's first paragraph, trimmed, or null. */
	lead: string | null;
	attributes: Record<AttributeId, Attribute>;
	/** For states that came into being after 15 November 1988 (see `existedIn`). */
	statehood?: Statehood;
}

/**
 * What the map, its legend and the embed need of a country: no search names, no article title
 * or lead (the embed ships only this; the map page's index adds them).
 */
export type MapCountry = Omit<CountryIndexEntry, 'aliases' | 'title' | 'lead'>;

/** The view a URL describes. */
export interface UrlState {
	attr: PickerId;
	/** ISO3 of the selected country, or null. */
	country: string | null;
	/** End of this year is the cut-off for recognition; the current year means today. */
	year: number;
	/** Id of the region or group the map is fitted to (`arab-league`), or null for the world. */
	region: string | null;
}

/**
 * What a country shows for the chosen picker choice and year: an attribute value (`yes`,
 * `embassy`, …, `unknown`) or, for `recognitionYear`, the year as a number.
 */
export type DisplayValue = string | number;
