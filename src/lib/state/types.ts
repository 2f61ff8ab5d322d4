import type { Attribute, AttributeId, MapReading, Statehood } from '$lib/types';
import type { PickerId } from './labels';

/**
 * What the map pages carry in their HTML for a country: enough to colour the map, count the
 * legend and name it in tooltips. Every value shown with words beside it (the panel, the table,
 * the embed's selection) waits for the country's full entry, which carries its source.
 */
export interface MapCountry {
	iso3: string;
	name: string;
	hasArticle: boolean;
	attributes: Record<AttributeId, MapReading>;
	/** For states that came into being after 15 November 1988 (see `existedIn`). */
	statehood?: Statehood;
}

/** One country of the full index (`/country-index.json`): no article body, short fields only. */
export interface CountryIndexEntry extends MapCountry {
	aliases: string[];
	/** The article's title, or null without an article. */
	title: string | null;
	/** The article's first paragraph, trimmed, or null. */
	lead: string | null;
	/** Each value with its source (the facts table's cite and date, or the article's line). */
	attributes: Record<AttributeId, Attribute>;
}

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
