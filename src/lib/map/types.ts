/** Private types of the map module. */
import type { SpreadRung } from './spreadMarkers';

/** The map's subject: Palestine, marked on the map. */
export const SUBJECT_ISO3 = 'PSE';
/** The subject's name as the map labels it. */
export const SUBJECT_NAME = 'Palestine';

/** One country in the generated static SVG (src/lib/generated/worldSvg.json). */
export interface SvgCountry {
	/** SVG path in the viewBox's units; empty when the shape is too small to draw. */
	d: string;
	/** [west, south, east, north] in degrees; east > west, even across the antimeridian. */
	bbox: [number, number, number, number];
	/** Marker centre in viewBox units, for tiny states. */
	marker?: [number, number];
}

/** The generated static SVG map: written by scripts/build-geo.ts. */
export interface WorldSvg {
	$comment: string;
	width: number;
	height: number;
	/** Land that belongs to no country on this map (e.g. the Siachen Glacier). */
	neutral: string;
	countries: Record<string, SvgCountry>;
}

/** One country of the SVG map as the client knows it: no path string (the HTML has it). */
export interface SvgCountryMeta extends Omit<SvgCountry, 'd'> {
	/** True when the SVG draws a shape for it (`d` is not empty). */
	shape: boolean;
	/**
	 * Its name (world-countries' common name) where it is not one of the atlas' states, a
	 * territory such as Greenland: the map names it rather than showing its code.
	 */
	name?: string;
}

/** The static SVG map without its path strings: written by scripts/build-geo.ts. */
export interface WorldSvgMeta extends Omit<WorldSvg, 'neutral' | 'countries'> {
	countries: Record<string, SvgCountryMeta>;
	/**
	 * The markers `spreadMarkers` moves at MARKER_GAP viewBox units (the server's render, before
	 * the map's size is known): where they go. Computed at build time, not during hydration.
	 */
	spread: Record<string, [number, number]>;
	/**
	 * Spreads for the wider gaps of smaller maps (a phone's: its scale is under one CSS pixel
	 * per unit), looked up once the map's size is known (`spreadAt`), not worked out as it loads.
	 */
	spreads: SpreadRung[];
}
