import { describe, expect, it } from 'vitest';
import { PICKER_IDS } from '$lib/state/labels';
import { colorScale } from './colorScale';
import { contrastRatio } from './contrastRatio';
import { CLICK_LAYERS, MAP_THEMES, MARKER_HIT_RADIUS, mapStyle, type MapTheme } from './mapStyle';

const empty = { type: 'FeatureCollection' as const, features: [] };

describe('mapStyle', () => {
	const style = mapStyle(empty, empty);
	it('loads nothing from the network: no tiles, glyphs or sprites', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const source of Object.values(style.sources)) {
			expect(source.type).toBe('geojson');
			expect('url' in source || 'tiles' in source).toBe(false);
		}
	});
	it.each(['countries', 'markers'])('keys %s by iso3 for feature-state', (id) => {
		expect(style.sources[id]).toMatchObject({ promoteId: 'iso3' });
	});
	it('has a hit circle of at least 24×24 CSS px on top', () => {
		const hit = style.layers.at(-1)!;
		expect(hit.id).toBe(CLICK_LAYERS.markers);
		expect(MARKER_HIT_RADIUS * 2).toBeGreaterThanOrEqual(24);
	});
	it.each([
		['country-fill', 'fill-color'],
		['marker', 'circle-color']
	])('%s takes its colour from feature-state', (id, property) => {
		const layer = style.layers.find((l) => l.id === id) as { paint: Record<string, unknown> };
		expect(JSON.stringify(layer.paint[property])).toContain('"feature-state","fill"');
	});
});

describe('map themes: contrast (WCAG 1.4.11, 3:1 for graphics)', () => {
	/** Every colour a country can take: each legend entry of each picker choice, and no data. */
	const fills = (theme: MapTheme) => [
		MAP_THEMES[theme].noData,
		...new Set(PICKER_IDS.flatMap((id) => colorScale(id, 2026).bins.map((b) => b.color)))
	];
	it.each<MapTheme>(['light', 'dark'])(
		'%s: the selection outline (line or casing) stands out from every fill and the ocean',
		(theme) => {
			const c = MAP_THEMES[theme];
			for (const fill of [...fills(theme), c.ocean]) {
				const best = Math.max(contrastRatio(c.selected, fill), contrastRatio(c.casing, fill));
				expect(best, `${theme} outline on ${fill}`).toBeGreaterThanOrEqual(3);
			}
		}
	);
	it.each<MapTheme>(['light', 'dark'])(
		'%s: markers and the focus ring show on the ocean',
		(theme) => {
			const c = MAP_THEMES[theme];
			expect(contrastRatio(c.markerStroke, c.ocean)).toBeGreaterThanOrEqual(3);
			expect(contrastRatio(c.focus, c.ocean)).toBeGreaterThanOrEqual(3);
		}
	);
	it('the style paints the chosen theme', () => {
		const dark = mapStyle(empty, empty, 'dark');
		const ocean = dark.layers.find((l) => l.id === 'ocean') as { paint: Record<string, unknown> };
		expect(ocean.paint['background-color']).toBe(MAP_THEMES.dark.ocean);
	});
});
