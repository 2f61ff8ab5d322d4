import { geoArea, geoCentroid } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * Where a tiny state's marker goes: the spherical centroid of its largest polygon, so an
 * archipelago's marker sits on its main island rather than in the sea between islands.
 * Expects d3 winding (world-atlas order, before any RFC 7946 rewinding).
 */
export function markerPoint(geometry: Polygon | MultiPolygon): [number, number] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let best: Polygon | null = null;
	let bestArea = -1;
	for (const coordinates of polygons) {
		const polygon: Polygon = { type: 'Polygon', coordinates };
		const a = geoArea(polygon);
		// A wrongly wound ring measures the rest of the sphere; take the smaller side.
		const area = Math.min(a, 4 * Math.PI - a);
		if (area > bestArea) [best, bestArea] = [polygon, area];
	}
	if (!best) throw new Error('markerPoint: empty geometry');
	const [lon, lat] = geoCentroid(best);
	return [lon, lat];
}
