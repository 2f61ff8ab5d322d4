import { geoArea } from 'd3-geo';
import type { MultiPolygon } from 'geojson';

/**
 * Rewinds the parts of a spherical (d3-winding) shape that read as more than half the sphere:
 * simplifying a small island to a triangle can flip its winding, and d3 (hence the build's
 * antimeridian cut) then reads it as the whole world but that triangle, which floods the map.
 * No state's part is half the globe, so such a part is a flipped small one.
 */
export function unflipParts(geometry: MultiPolygon): MultiPolygon {
	return {
		type: 'MultiPolygon',
		coordinates: geometry.coordinates.map((polygon) =>
			geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI
				? polygon.map((ring) => [...ring].reverse())
				: polygon
		)
	};
}
