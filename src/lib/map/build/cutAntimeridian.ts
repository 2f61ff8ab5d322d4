import { geoEquirectangular, geoStream } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Planar signed area of a closed ring in lon/lat (positive = counter-clockwise, north up). */
function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
	}
	return sum / 2;
}

/** Whether `point` lies inside `ring` (planar ray casting). */
function ringContains(ring: Position[], [x, y]: Position): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i] as [number, number];
		const [xj, yj] = ring[j] as [number, number];
		if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/**
 * Cuts a spherical (d3-winding) polygon along the 180th meridian, so that no edge of the result
 * jumps across the map: MapLibre draws lon/lat planar, and an edge from 179° to −179° becomes a
 * streak across the world. Uses d3-geo's antimeridian clipping through an identity-like
 * equirectangular projection, then regroups the rings into RFC 7946 polygons (exterior
 * counter-clockwise, holes clockwise, each hole under the exterior that contains it).
 */
export function cutAntimeridian(geometry: Polygon | MultiPolygon): MultiPolygon {
	// x = lon, y = −lat, in degrees; precision 0 turns adaptive resampling off.
	const projection = geoEquirectangular()
		.scale(180 / Math.PI)
		.translate([0, 0])
		.precision(0);
	const rings: Position[][] = [];
	let ring: Position[] | null = null;
	const sink = {
		point(x: number, y: number) {
			ring?.push([x, -y]);
		},
		lineStart() {
			ring = [];
		},
		lineEnd() {
			if (ring && ring.length > 2) {
				ring.push(ring[0]!);
				rings.push(ring);
			}
			ring = null;
		},
		polygonStart() {},
		polygonEnd() {},
		sphere() {
			rings.push([
				[-180, -90],
				[180, -90],
				[180, 90],
				[-180, 90],
				[-180, -90]
			]);
		}
	};
	geoStream(geometry, projection.stream(sink));

	// d3 winds exteriors clockwise (negative area) and holes counter-clockwise; RFC 7946 wants the
	// opposite, so every ring is reversed.
	for (const r of rings) r.reverse();
	const exteriors = rings.filter((r) => signedArea(r) > 0);
	const holes = rings.filter((r) => signedArea(r) < 0);
	const polygons: Position[][][] = exteriors
		.sort((a, b) => signedArea(a) - signedArea(b))
		.map((r) => [r]);
	for (const hole of holes) {
		// Smallest containing exterior first (exteriors are sorted by area, ascending).
		const owner = polygons.find((p) => ringContains(p[0]!, hole[0]!));
		owner?.push(hole);
	}
	return { type: 'MultiPolygon', coordinates: polygons };
}
