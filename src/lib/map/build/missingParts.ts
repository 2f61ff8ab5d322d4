import { geoArea } from 'd3-geo';
import type { MultiPolygon, Position } from 'geojson';

/** Square kilometres in one steradian (Earth radius 6,371 km). */
export const KM2_PER_SR = 6371 ** 2;

/** One part (polygon) of a state's source shape that its built shape has lost. */
export interface MissingPart {
	/** Area of the part in km². */
	km2: number;
	/** One vertex of the part's outer ring, [lon, lat], to find it on a map. */
	at: Position;
}

/** Area of a polygon in km², whichever way it winds (d3 reads a ring wound the wrong way as the rest of the sphere). */
function km2(polygon: Position[][]): number {
	const sr = geoArea({ type: 'Polygon', coordinates: polygon });
	return Math.min(sr, 4 * Math.PI - sr) * KM2_PER_SR;
}

/**
 * The parts of `source` (a state's shape in d3 winding, as world-atlas draws it) of at least
 * `minKm2` that `built` no longer has. Simplification keeps a subset of a ring's vertices and
 * the build snaps them to `decimals` places, so a part counts as kept when at least three of
 * its vertices, snapped the same way, are vertices of `built`; this holds whatever the winding
 * and wherever the built ring was cut at the antimeridian.
 * @example missingParts(portugalFromWorldAtlas, portugalOnTheMap, 50) // [] once the Azores stay
 */
export function missingParts(
	source: MultiPolygon,
	built: MultiPolygon,
	minKm2: number,
	decimals = 2
): MissingPart[] {
	const k = 10 ** decimals;
	// Longitudes modulo 360°: a ring cut at the antimeridian may say 180 where the source says -180.
	const turn = 360 * k;
	const key = ([lon, lat]: Position) =>
		`${(Math.round(lon! * k) + turn) % turn},${Math.round(lat! * k)}`;
	const builtVertices = new Set(built.coordinates.flat(2).map(key));
	const missing: MissingPart[] = [];
	for (const polygon of source.coordinates) {
		const area = km2(polygon);
		if (area < minKm2) continue;
		const exterior = polygon[0] ?? [];
		const matched = new Set(exterior.map(key).filter((v) => builtVertices.has(v)));
		if (matched.size < 3) missing.push({ km2: Math.round(area), at: exterior[0]! });
	}
	return missing;
}
