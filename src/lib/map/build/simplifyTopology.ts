import { feature } from 'topojson-client';
import { filter, presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeoJsonProperties, Polygon as GeoPolygon } from 'geojson';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';

/** An area in steradians, for every geometry alike or for each its own. */
export type AreaOption = number | ((geometry: GeometryObject<GeoJsonProperties>) => number);

/** Options for `simplifyTopology`; areas and weights in steradians (1 sr ≈ 40.6 million km²). */
export interface SimplifyOptions {
	/** Visvalingam weight below which a vertex goes. */
	minWeight: number;
	/**
	 * Rings smaller than this go, unless they are their geometry's largest ring or an enclave;
	 * a function gives each geometry its own (0 keeps every ring: the subject, Palestine).
	 */
	dropArea: AreaOption;
	/** Every kept ring keeps at least its this many most important vertices, so none collapses. */
	keepVertices: number;
	/**
	 * Kept outer rings smaller than this, other than their geometry's largest, are reduced to
	 * their `smallVertices` most important points; per geometry like `dropArea`.
	 */
	smallArea?: AreaOption;
	/** Distinct vertices a small ring keeps: 3 draws a triangle. */
	smallVertices?: number;
	/** Geometries kept whole and at full detail, every ring and vertex (the subject, Palestine). */
	fullDetail?: (geometry: GeometryObject<GeoJsonProperties>) => boolean;
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
 * Holy See), other rings under `dropArea` go, and every kept ring keeps `keepVertices` vertices
 * (a ring under `smallArea` only its `smallVertices` most important ones).
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
	const small = new Set<number[]>();
	const whole = new Set<number[]>();
	const areaOf = (option: AreaOption | undefined, geometry: GeometryObject<GeoJsonProperties>) =>
		typeof option === 'function' ? option(geometry) : (option ?? 0);
	for (const geometry of geometries) {
		const exteriors = polygonsOf(geometry).map((p) => p[0]!);
		const areas = exteriors.map((ring) => ringArea(topology, ring));
		const largest = areas.indexOf(Math.max(...areas));
		const full = options.fullDetail?.(geometry) ?? false;
		const dropArea = full ? 0 : areaOf(options.dropArea, geometry);
		const smallArea = full ? 0 : areaOf(options.smallArea, geometry);
		if (full) for (const polygon of polygonsOf(geometry)) for (const r of polygon) whole.add(r);
		exteriors.forEach((ring, i) => {
			if (i === largest || areas[i]! >= dropArea) {
				keep.add(ring);
				for (const arc of ring) exteriorArcs.add(arcIndex(arc));
				if (i !== largest && areas[i]! < smallArea) small.add(ring);
			}
		});
	}
	for (const geometry of geometries) {
		const full = options.fullDetail?.(geometry) ?? false;
		const dropArea = full ? 0 : areaOf(options.dropArea, geometry);
		for (const [, ...holes] of polygonsOf(geometry)) {
			for (const hole of holes) {
				const enclave = hole.some((arc) => exteriorArcs.has(arcIndex(arc)));
				if (enclave || ringArea(topology, hole) >= dropArea) keep.add(hole);
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
	// Protect the `n` most important distinct vertices of every kept ring (an arc's two ends are
	// one vertex when the ring is a single arc); a small ring keeps only those, plus its arc ends,
	// which an arc always needs; a full-detail ring keeps all.
	// A triangle with an edge on the antimeridian vanishes when the build cuts it there.
	const onAntimeridian = (ring: number[]) =>
		ring.some((arc) => weighted.arcs[arcIndex(arc)]!.some((p) => Math.abs(p[0]!) > 179.99));
	const protect = (ring: number[], n: number, dropRest: boolean) => {
		const points = (ring.flatMap((arc) => weighted.arcs[arcIndex(arc)]!) as number[][]).sort(
			(a, b) => b[2]! - a[2]!
		);
		const seen = new Set<string>();
		for (const point of points) {
			if (seen.size < n || seen.has(`${point[0]},${point[1]}`)) {
				seen.add(`${point[0]},${point[1]}`);
				point[2] = Infinity;
			} else if (dropRest && point[2] !== Infinity) point[2] = 0;
		}
	};
	for (const ring of keep) {
		if (whole.has(ring)) protect(ring, Infinity, false);
		else if (small.has(ring) && !onAntimeridian(ring))
			protect(ring, options.smallVertices ?? options.keepVertices, true);
		else protect(ring, options.keepVertices, false);
	}
	const filtered = filter(weighted, (ring) => keep.has(ring as unknown as number[]));
	return simplify(filtered, options.minWeight);
}
