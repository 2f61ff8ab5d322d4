import { describe, expect, it } from 'vitest';
import { CLICK_LAYERS, MARKER_HIT_RADIUS, mapStyle } from './mapStyle';

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
