import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/** The map's colour themes (the page's light or dark mode). */
export type MapTheme = 'light' | 'dark';

/**
 * The quiet base colours of each theme, shared by the MapLibre style and the static SVG.
 * Outlines are drawn twice (a `casing` under the `selected`/`subject` line) so that one of the
 * two contrasts 3:1 with any fill (mapStyle.test.ts checks it against every legend colour).
 */
export const MAP_THEMES = {
	light: {
		ocean: '#dde7ee',
		/** Land no country owns here, and countries absent from `fills`. */
		noData: '#f3f3f0',
		border: '#ffffff',
		selected: '#1a1a1a',
		subject: '#1a1a1a',
		casing: '#ffffff',
		markerStroke: '#545454',
		focus: '#1a1a1a'
	},
	dark: {
		ocean: '#0f1b24',
		noData: '#3a3f44',
		border: '#15181b',
		selected: '#ffffff',
		subject: '#ffffff',
		casing: '#000000',
		markerStroke: '#d0d0d0',
		focus: '#ffffff'
	}
} as const satisfies Record<MapTheme, Record<string, string>>;

/** The light theme's colours (the default). */
export const MAP_COLORS = MAP_THEMES.light;

/** Opacity of countries the legend is not highlighting. */
export const DIM_OPACITY = 0.25;
/** Radius (CSS px) of the invisible marker hit circle: a 24×24 px target at any zoom. */
export const MARKER_HIT_RADIUS = 12;
/**
 * Least distance between two markers' centres, in CSS px (two 5 px dots and a pixel either
 * side): closer ones are spread apart (spreadMarkers) with a leader line to their state.
 */
export const MARKER_GAP = 12;
/** The source of the leader lines from spread markers to their states. */
export const LEADER_SOURCE = 'marker-leaders';
/** Layers that answer clicks, in priority order. */
export const CLICK_LAYERS = { markers: 'marker-hit', countries: 'country-fill' } as const;

/** `feature-state.fill`, or the no-data colour. */
export function fillColorExpression(theme: MapTheme = 'light'): ExpressionSpecification {
	return ['coalesce', ['feature-state', 'fill'], MAP_THEMES[theme].noData];
}

/** Full opacity, or `DIM_OPACITY` while the legend highlights other countries. */
export function dimExpression(): ExpressionSpecification {
	return ['case', ['boolean', ['feature-state', 'dim'], false], DIM_OPACITY, 1];
}

/** `on` for the selected country, `off` for the rest. */
export function selectedExpression(on: number, off: number): ExpressionSpecification {
	return ['case', ['boolean', ['feature-state', 'selected'], false], on, off];
}

/** Opaque for the country keyboard focus is on (feature-state `focused`), else hidden. */
export function focusedExpression(): ExpressionSpecification {
	return ['case', ['boolean', ['feature-state', 'focused'], false], 1, 0];
}

/**
 * Every paint property that depends on the theme, per layer: the style's paint, and what a
 * live map re-applies (`setPaintProperty`) when the theme changes.
 */
export function themePaint(
	theme: MapTheme
): Record<string, Record<string, ExpressionSpecification | string | number>> {
	const c = MAP_THEMES[theme];
	const subject: ExpressionSpecification = ['boolean', ['get', 'subject'], false];
	return {
		ocean: { 'background-color': c.ocean },
		// Palestine, the subject, has no value of its own: drawn in the subject colour, not the legend's.
		'country-fill': { 'fill-color': ['case', subject, c.subject, fillColorExpression(theme)] },
		'country-border': { 'line-color': c.border },
		'subject-casing': { 'line-color': c.casing },
		'subject-outline': { 'line-color': c.subject },
		'country-selected-casing': { 'line-color': c.casing },
		'country-selected': { 'line-color': c.selected },
		'country-focus-casing': { 'line-color': c.casing },
		'country-focus': { 'line-color': c.focus },
		'marker-leader': { 'line-color': c.markerStroke },
		marker: {
			'circle-color': ['case', subject, c.subject, fillColorExpression(theme)],
			'circle-stroke-color': ['case', subject, c.subject, c.markerStroke]
		}
	};
}

/**
 * The map's whole style, inline: no tiles, glyphs, sprites or keys, so it works offline. The
 * `countries` and `markers` sources key features by `iso3` (promoteId), which feature-state uses.
 */
export function mapStyle(
	countries: FeatureCollection,
	markers: FeatureCollection,
	theme: MapTheme = 'light'
): StyleSpecification {
	const subject: ExpressionSpecification = ['boolean', ['get', 'subject'], false];
	const paint = themePaint(theme);
	return {
		version: 8,
		sources: {
			countries: { type: 'geojson', data: countries, promoteId: 'iso3', tolerance: 0.2 },
			markers: { type: 'geojson', data: markers, promoteId: 'iso3' },
			// Lines from spread markers back to their states (interactive.ts fills it).
			[LEADER_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers: [
			{ id: 'ocean', type: 'background', paint: { ...paint.ocean } },
			{
				id: 'country-fill',
				type: 'fill',
				source: 'countries',
				paint: { ...paint['country-fill'], 'fill-opacity': dimExpression() }
			},
			{
				id: 'country-border',
				type: 'line',
				source: 'countries',
				paint: { ...paint['country-border'], 'line-width': 0.6 }
			},
			{
				id: 'subject-casing',
				type: 'line',
				source: 'countries',
				filter: subject,
				paint: { ...paint['subject-casing'], 'line-width': 3 }
			},
			{
				id: 'subject-outline',
				type: 'line',
				source: 'countries',
				filter: subject,
				paint: { ...paint['subject-outline'], 'line-width': 1.5 }
			},
			{
				id: 'country-selected-casing',
				type: 'line',
				source: 'countries',
				paint: {
					...paint['country-selected-casing'],
					'line-width': 4.5,
					'line-opacity': selectedExpression(1, 0)
				}
			},
			{
				id: 'country-selected',
				type: 'line',
				source: 'countries',
				paint: {
					...paint['country-selected'],
					'line-width': 2.5,
					'line-opacity': selectedExpression(1, 0)
				}
			},
			{
				id: 'country-focus-casing',
				type: 'line',
				source: 'countries',
				paint: {
					...paint['country-focus-casing'],
					'line-width': 5,
					'line-opacity': focusedExpression()
				}
			},
			{
				id: 'country-focus',
				type: 'line',
				source: 'countries',
				paint: {
					...paint['country-focus'],
					'line-width': 2.5,
					'line-dasharray': [2, 1],
					'line-opacity': focusedExpression()
				}
			},
			{
				id: 'marker-leader',
				type: 'line',
				source: LEADER_SOURCE,
				paint: { ...paint['marker-leader'], 'line-width': 1 }
			},
			{
				id: 'marker',
				type: 'circle',
				source: 'markers',
				paint: {
					...paint.marker,
					'circle-radius': ['case', subject, 6, 4.5],
					'circle-opacity': dimExpression(),
					'circle-stroke-opacity': dimExpression(),
					'circle-stroke-width': ['case', subject, 2.5, selectedExpression(2.5, 1)]
				}
			},
			{
				id: CLICK_LAYERS.markers,
				type: 'circle',
				source: 'markers',
				paint: { 'circle-radius': MARKER_HIT_RADIUS, 'circle-opacity': 0 }
			}
		]
	};
}
