import { feature } from 'topojson-client';
import { filter, presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeoJsonProperties, Polygon as GeoPolygon } from 'geojson';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';

/** Options for `simplifyTopology`; areas and weights in steradians (1 sr ≈ 40.6 million km²). */
export interface SimplifyOptions {
	/** Visvalingam weight below which a vertex goes. */
	minWeight: number;
	/** Rings smaller than this go, unless they are their geometry's largest ring or an enclave. */
	dropArea: number;
	/** Every kept ring keeps at least its this many most important vertices, so none collapses. */
	keepVertices: number;
	/** Geometries that keep every ring whatever its size (the subject: Gaza is 365 km²). */
	keepWhole?: (geometry: GeometryObject<GeoJsonProperties>) => boolean;
}

/**
 * Area of one ring in steradians, whichever way it winds, on the sinusoidal (equal-area)
 * projection: d3's spherical area is unreliable for a ring that runs along the pole, as
 * Antarctica's does (it reads as the whole sphere), and only the ranking and a threshold matter.
 */
function ringArea(topology: Topology<Objects<GeoJsonProperties>>, ring: number[]): number {
	const polygon = feature(topology, { type: 'Polygon', arcs: [ring] }).geometry as GeoPolygon;
	const points = polygon.coordinates[0] ?? [];
	const rad = Math.PI / 180;
	let sum = 0;
	for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
		const [xi, yi] = points[i]!;
		const [xj, yj] = points[j]!;
		sum += xj! * Math.cos(yj! * rad) * yi! - xi! * Math.cos(yi! * rad) * yj!;
	}
	return (Math.abs(sum) / 2) * rad * rad;
}

/** The polygons (each a list of rings of arc indexes) of a Polygon/MultiPolygon object. */
function polygonsOf(geometry: GeometryObject<GeoJsonProperties>): number[][][] {
	if (geometry.type === 'Polygon') return [geometry.arcs];
	if (geometry.type === 'MultiPolygon') return geometry.arcs;
	return [];
}

/**
 * Simplifies a spherical topology with small rings protected: plain Visvalingam simplification
 * collapses Bahrain, Singapore or the Maldives to nothing. Each geometry keeps its largest ring
 * whatever its size, holes whose arcs also bound a kept ring stay (enclaves: San Marino, the
 * Holy See), other rings under `dropArea` go unless `keepWhole` protects their geometry, and
 * every kept ring keeps `keepVertices` vertices.
 * Returns a new topology (arcs pruned and renumbered); the input is not modified.
 */
export function simplifyTopology(
	topology: Topology<Objects<GeoJsonProperties>>,
	options: SimplifyOptions
): Topology<Objects<GeoJsonProperties>> {
	const geometries = Object.values(topology.objects).flatMap((o) =>
		o.type === 'GeometryCollection' ? o.geometries : [o]
	);
	const keep = new Set<number[]>();
	const exteriorArcs = new Set<number>();
	const arcIndex = (i: number) => (i < 0 ? ~i : i);
	for (const geometry of geometries) {
		const exteriors = polygonsOf(geometry).map((p) => p[0]!);
		const areas = exteriors.map((ring) => ringArea(topology, ring));
		const largest = areas.indexOf(Math.max(...areas));
		const whole = options.keepWhole?.(geometry) ?? false;
		exteriors.forEach((ring, i) => {
			if (whole || i === largest || areas[i]! >= options.dropArea) {
				keep.add(ring);
				for (const arc of ring) exteriorArcs.add(arcIndex(arc));
			}
		});
	}
	for (const geometry of geometries) {
		const whole = options.keepWhole?.(geometry) ?? false;
		for (const [, ...holes] of polygonsOf(geometry)) {
			for (const hole of holes) {
				const enclave = hole.some((arc) => exteriorArcs.has(arcIndex(arc)));
				if (whole || enclave || ringArea(topology, hole) >= options.dropArea) keep.add(hole);
			}
		}
	}

	const weighted = presimplify(
		topology as unknown as Parameters<typeof presimplify>[0],
		sphericalTriangleArea
	);
	// Vertices on the map's edge (the poles, the antimeridian) carry no spherical area, yet removing
	// them changes which side of Antarctica's ring is inside: keep them all.
	for (const arc of weighted.arcs as number[][][]) {
		for (const point of arc) {
			if (Math.abs(point[1]!) > 89.9 || Math.abs(point[0]!) > 179.99) point[2] = Infinity;
		}
	}
	// Protect the most important vertices of every kept ring.
	for (const ring of keep) {
		const points = ring.flatMap((arc) => weighted.arcs[arcIndex(arc)]!) as number[][];
		points.sort((a, b) => b[2]! - a[2]!);
		for (const point of points.slice(0, options.keepVertices)) point[2] = Infinity;
	}
	const filtered = filter(weighted, (ring) => keep.has(ring as unknown as number[]));
	return simplify(filtered, options.minWeight);
}
