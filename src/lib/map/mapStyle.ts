import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/** The quiet base colours, shared by the MapLibre style and the static SVG. */
export const MAP_COLORS = {
	ocean: '#dde7ee',
	/** Land no country owns here, and countries absent from `fills`. */
	noData: '#f3f3f0',
	border: '#ffffff',
	selected: '#1a1a1a',
	subject: '#1a1a1a',
	markerStroke: '#545454'
} as const;

/** Opacity of countries the legend is not highlighting. */
export const DIM_OPACITY = 0.25;
/** Radius (CSS px) of the invisible marker hit circle: a 24×24 px target at any zoom. */
export const MARKER_HIT_RADIUS = 12;
/** Layers that answer clicks, in priority order. */
export const CLICK_LAYERS = { markers: 'marker-hit', countries: 'country-fill' } as const;

/** `feature-state.fill`, or the no-data colour. */
export function fillColorExpression(): ExpressionSpecification {
	return ['coalesce', ['feature-state', 'fill'], MAP_COLORS.noData];
}

/** Full opacity, or `DIM_OPACITY` while the legend highlights other countries. */
export function dimExpression(): ExpressionSpecification {
	return ['case', ['boolean', ['feature-state', 'dim'], false], DIM_OPACITY, 1];
}

/** `on` for the selected country, `off` for the rest. */
export function selectedExpression(on: number, off: number): ExpressionSpecification {
	return ['case', ['boolean', ['feature-state', 'selected'], false], on, off];
}

/**
 * The map's whole style, inline: no tiles, glyphs, sprites or keys, so it works offline. The
 * `countries` and `markers` sources key features by `iso3` (promoteId), which feature-state uses.
 */
export function mapStyle(
	countries: FeatureCollection,
	markers: FeatureCollection
): StyleSpecification {
	const subject: ExpressionSpecification = ['boolean', ['get', 'subject'], false];
	return {
		version: 8,
		sources: {
			countries: { type: 'geojson', data: countries, promoteId: 'iso3', tolerance: 0.2 },
			markers: { type: 'geojson', data: markers, promoteId: 'iso3' }
		},
		layers: [
			{ id: 'ocean', type: 'background', paint: { 'background-color': MAP_COLORS.ocean } },
			{
				id: 'country-fill',
				type: 'fill',
				source: 'countries',
				paint: { 'fill-color': fillColorExpression(), 'fill-opacity': dimExpression() }
			},
			{
				id: 'country-border',
				type: 'line',
				source: 'countries',
				paint: { 'line-color': MAP_COLORS.border, 'line-width': 0.6 }
			},
			{
				id: 'subject-outline',
				type: 'line',
				source: 'countries',
				filter: subject,
				paint: { 'line-color': MAP_COLORS.subject, 'line-width': 1.5 }
			},
			{
				id: 'country-selected',
				type: 'line',
				source: 'countries',
				paint: {
					'line-color': MAP_COLORS.selected,
					'line-width': 2.5,
					'line-opacity': selectedExpression(1, 0)
				}
			},
			{
				id: 'marker',
				type: 'circle',
				source: 'markers',
				paint: {
					'circle-radius': ['case', subject, 6, 4.5],
					'circle-color': fillColorExpression(),
					'circle-opacity': dimExpression(),
					'circle-stroke-opacity': dimExpression(),
					'circle-stroke-color': ['case', subject, MAP_COLORS.subject, MAP_COLORS.markerStroke],
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
