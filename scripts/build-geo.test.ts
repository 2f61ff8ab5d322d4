import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { WorldSvg, WorldSvgMeta } from '../src/lib/map/types';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import countries from 'world-countries';
import { featureIso3 } from '../src/lib/map/build/featureIso3';
import { missingParts } from '../src/lib/map/build/missingParts';
import { MAP_POINT_OF_VIEW_DETAIL } from '../src/lib/map/pointOfView';
import { MARKER_GAP } from '../src/lib/map/mapStyle';
import { spreadLadder, spreadMarkers, svgMarkers } from '../src/lib/map/spreadMarkers';
import { buildGeo, PART_MIN_KM2, requiredIso3, statesIso3 } from './build-geo';

let shapes: Feature<MultiPolygon>[];
let markers: Feature<Point>[];
let svg: WorldSvg;
let meta: WorldSvgMeta;
let worldText: string;

beforeAll(() => {
	const out = buildGeo(mkdtempSync(join(tmpdir(), 'geo-')), false);
	worldText = out.world;
	const world = JSON.parse(out.world) as Topology;
	shapes = (feature(world, world.objects.countries!) as FeatureCollection<MultiPolygon>).features;
	markers = (feature(world, world.objects.markers!) as FeatureCollection<Point>).features;
	svg = JSON.parse(out.svg) as WorldSvg;
	meta = JSON.parse(out.meta) as WorldSvgMeta;
}, 60_000);

const iso3Of = (f: Feature) => f.properties?.iso3 as string | undefined;

/** Whether the built shape of `iso3` contains the point; the map's rings wind the RFC 7946 way,
 * d3's the other way round, so each ring is reversed for `geoContains`. */
function contains(iso3: string, point: [number, number]): boolean {
	const shape = shapes.find((f) => iso3Of(f) === iso3);
	if (!shape) throw new Error(`no shape for ${iso3}`);
	return shapeContains(shape, point);
}

/** Whether a built shape contains the point (rings reversed for d3, as in `contains`). */
function shapeContains(shape: Feature<MultiPolygon>, point: [number, number]): boolean {
	const coordinates = shape.geometry.coordinates.map((polygon) =>
		polygon.map((ring) => [...ring].reverse())
	);
	return geoContains({ type: 'MultiPolygon', coordinates }, point);
}

/**
 * Parts of states of at least PART_MIN_KM2 that the map may lack, reviewed one by one: the key
 * is `ISO3 km²` as the test reports it, the value says why it is acceptable. Empty: every such
 * part is on the map (Taveuni's half east of 180°, which the antimeridian cut lost as a
 * triangle, was the last one).
 */
const MISSING_PARTS_ALLOWED: Record<string, string> = {};

describe('build-geo: every part of every state', () => {
	it(`keeps every part of ${PART_MIN_KM2} km² or more that world-atlas draws, but the reviewed ones`, () => {
		const require = createRequire(import.meta.url);
		const source = JSON.parse(
			readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
		) as Topology;
		const ccn3ToCca3 = new Map(countries.map((c) => [c.ccn3, c.cca3]));
		const states = statesIso3();
		const missing: string[] = [];
		const collection = source.objects.countries as GeometryCollection;
		for (const g of collection.geometries) {
			const iso3 = featureIso3(g.id, String(g.properties?.name ?? ''), ccn3ToCca3);
			if (!iso3 || !states.has(iso3)) continue;
			const parts = feature(source, g).geometry as Polygon | MultiPolygon;
			const shape: MultiPolygon =
				parts.type === 'Polygon'
					? { type: 'MultiPolygon', coordinates: [parts.coordinates] }
					: parts;
			const built = shapes.find((f) => iso3Of(f) === iso3)?.geometry ?? {
				type: 'MultiPolygon',
				coordinates: []
			};
			for (const part of missingParts(shape, built, PART_MIN_KM2))
				missing.push(`${iso3} ${part.km2} km² at ${part.at.map((v) => v.toFixed(2)).join(',')}`);
		}
		const unexplained = missing.filter((m) => !(m.split(' at ')[0]! in MISSING_PARTS_ALLOWED));
		expect(unexplained).toEqual([]);
	});

	it('floods no sea: no shape contains points of open ocean', () => {
		const seas: [number, number][] = [
			[0, 0],
			[-140, 0],
			[-30, -30],
			[80, -20],
			[-150, 40]
		];
		for (const f of shapes)
			for (const sea of seas) expect(shapeContains(f, sea), `${iso3Of(f)} at ${sea}`).toBe(false);
	});

	it('stays under the geometry budget of 60 KB gzip', () => {
		expect(gzipSync(worldText, { level: 9 }).length).toBeLessThan(60 * 1024);
	});

	it.each([
		['Portugal', 'PRT', [-25.5, 37.8]],
		['Malta', 'MLT', [14.25, 36.05]],
		['Timor-Leste', 'TLS', [124.3, -9.3]],
		['Tanzania', 'TZA', [39.3, -6.15]]
	] as const)('%s keeps a part around %j', (_, iso3, point) => {
		expect(contains(iso3, [point[0], point[1]])).toBe(true);
	});
});

describe("the map's point of view", () => {
	// MAP_POINT_OF_VIEW_DETAIL names these; if world-atlas changes a line, the text must too.
	it.each([
		// [as the text says it, a point there, the world-atlas shape holding it]
		['Crimea', [34.1, 44.95], 'Russia'],
		['the Golan Heights', [35.75, 33.0], 'Israel'],
		['Western Sahara that Morocco holds', [-13.2, 27.15], 'Morocco'],
		['East Jerusalem', [35.235, 31.78], 'Palestine'],
		['the Gaza Strip', [34.45, 31.5], 'Palestine']
	] as const)('world-atlas draws %s within %s', (phrase, point, name) => {
		const require = createRequire(import.meta.url);
		const source = JSON.parse(
			readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
		) as Topology;
		const all = feature(source, source.objects.countries as GeometryCollection).features;
		const holders = all.filter((f) => geoContains(f, [point[0], point[1]]));
		expect(holders.map((f) => f.properties?.name)).toEqual([name]);
		expect(MAP_POINT_OF_VIEW_DETAIL).toContain(phrase);
	});
});

describe('build-geo', () => {
	it('puts every UN member, Palestine, Kosovo, Taiwan and Western Sahara on the map', () => {
		const onMap = new Set([...shapes, ...markers].map(iso3Of));
		const required = requiredIso3();
		expect(required.length).toBe(193 + 4);
		expect(required.filter((iso3) => !onMap.has(iso3))).toEqual([]);
		expect(required.filter((iso3) => !svg.countries[iso3])).toEqual([]);
	});

	it('keeps one shape per code, N. Cyprus merged into CYP and Somaliland into SOM', () => {
		const codes = shapes.map(iso3Of).filter(Boolean);
		expect(new Set(codes).size).toBe(codes.length);
		expect(codes).toEqual(expect.arrayContaining(['CYP', 'SOM', 'XKX', 'PSE', 'RUS', 'FJI']));
	});

	it("draws Antarctica's mainland, not only its islands", () => {
		const antarctica = shapes.find((f) => iso3Of(f) === 'ATA');
		const points = antarctica!.geometry.coordinates.flat(2);
		// The continent reaches the map's southern edge and runs right round the globe.
		expect(Math.min(...points.map(([, lat]) => lat!))).toBeLessThan(-84);
		const mainland = antarctica!.geometry.coordinates.filter((polygon) =>
			polygon[0]!.some(([, lat]) => lat! < -84)
		);
		const lons = mainland.flatMap((polygon) => polygon[0]!.map(([lon]) => lon!));
		expect(Math.min(...lons)).toBeLessThan(-179);
		expect(Math.max(...lons)).toBeGreaterThan(179);
	});

	it.each(['BHR', 'SGP', 'MDV', 'MLT'])('keeps a real shape for tiny %s', (iso3) => {
		const shape = shapes.find((f) => iso3Of(f) === iso3);
		expect(shape?.geometry.coordinates[0]?.[0]?.length).toBeGreaterThanOrEqual(4);
		expect(svg.countries[iso3]?.d).toMatch(/^M/);
	});

	it.each([
		['BHR', 50.5, 26.0],
		['SGP', 103.8, 1.35],
		['MDV', 73.5, 4],
		['MLT', 14.4, 35.9],
		['VAT', 12.45, 41.9],
		['TUV', 179, -8],
		['LCA', -61, 13.9],
		['TON', -175.2, -21.2],
		['PSE', 35.2, 31.9]
	])('gives tiny %s a marker near (%f, %f)', (iso3, lon, lat) => {
		const marker = markers.find((f) => iso3Of(f) === iso3);
		expect(marker, iso3).toBeDefined();
		const [x, y] = marker!.geometry.coordinates as [number, number];
		expect(Math.abs(x - lon)).toBeLessThan(2.5);
		expect(Math.abs(y - lat)).toBeLessThan(2.5);
		expect(svg.countries[iso3]?.marker).toHaveLength(2);
	});

	it.each([
		['Gaza City', 34.45, 31.5],
		['Ramallah', 35.2, 31.9]
	])('keeps the whole of Palestine: its map shape contains %s', (_, lon, lat) => {
		expect(contains('PSE', [lon, lat])).toBe(true);
	});

	it('contains no point outside: Tel Aviv, Amman and the open sea are not Palestine', () => {
		expect(contains('PSE', [34.78, 32.08])).toBe(false);
		expect(contains('PSE', [35.93, 31.95])).toBe(false);
		expect(contains('PSE', [0, 0])).toBe(false);
	});

	it('draws both parts of Palestine, the West Bank and the Gaza Strip, on the static SVG', () => {
		expect(svg.countries.PSE!.d.match(/M/g)).toHaveLength(2);
	});

	it('marks Palestine as the subject and gives big countries no marker', () => {
		expect(shapes.find((f) => iso3Of(f) === 'PSE')?.properties?.subject).toBe(true);
		expect(markers.find((f) => iso3Of(f) === 'PSE')?.properties?.subject).toBe(true);
		expect(markers.map(iso3Of)).not.toContain('PAK');
		expect(markers.map(iso3Of)).not.toContain('FRA');
	});

	it('cuts every shape at the antimeridian: no edge spans more than 180° of longitude', () => {
		let widest = 0;
		for (const f of shapes)
			for (const polygon of f.geometry.coordinates)
				for (const ring of polygon)
					for (let i = 1; i < ring.length; i++) {
						// An edge along the pole itself (Antarctica's southern side) is no streak.
						const alongPole =
							Math.abs(ring[i]![1]!) >= 89.99 && Math.abs(ring[i - 1]![1]!) >= 89.99;
						if (!alongPole) widest = Math.max(widest, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
					}
		expect(widest).toBeLessThanOrEqual(180);
		const lons = (iso3: string) =>
			shapes
				.find((f) => iso3Of(f) === iso3)!
				.geometry.coordinates.flat(2)
				.map((p) => p[0]!);
		for (const iso3 of ['RUS']) {
			expect(Math.min(...lons(iso3)), iso3).toBeLessThan(-170);
			expect(Math.max(...lons(iso3)), iso3).toBeGreaterThan(170);
		}
	});

	it('gives Russia and Fiji a bounding box that crosses the antimeridian instead of the globe', () => {
		const [w, , e] = svg.countries.FJI!.bbox;
		expect(e).toBeGreaterThan(180);
		expect(e - w).toBeLessThan(10);
		expect(svg.countries.RUS!.bbox[2]).toBeGreaterThan(180);
		expect(svg.countries.RUS!.bbox[2] - svg.countries.RUS!.bbox[0]).toBeLessThan(180);
	});
	it('gives the client every country of the SVG, with boxes and markers but no paths', () => {
		expect(Object.keys(meta.countries)).toEqual(Object.keys(svg.countries));
		expect([meta.width, meta.height]).toEqual([svg.width, svg.height]);
		for (const [iso3, c] of Object.entries(svg.countries)) {
			// (A territory's name besides: the next test.)
			const { name: _, ...rest } = meta.countries[iso3]!;
			expect(rest).toEqual({
				bbox: c.bbox,
				shape: c.d !== '',
				...(c.marker ? { marker: c.marker } : {})
			});
		}
	});
	it("stores the markers' spread at the server's scale exactly as spreadMarkers places them", () => {
		const markers = Object.entries(svg.countries).flatMap(([iso3, c]) =>
			c.marker ? [{ iso3, x: c.marker[0], y: c.marker[1] }] : []
		);
		const stored = markers.map(({ iso3, x, y }) => ({
			iso3,
			x: meta.spread[iso3]?.[0] ?? x,
			y: meta.spread[iso3]?.[1] ?? y
		}));
		expect(stored).toEqual(spreadMarkers(markers, MARKER_GAP));
		// Bahrain sits on Qatar at the world view: the table is not empty, and lists moves only.
		expect(Object.keys(meta.spread)).toContain('BHR');
		for (const [iso3, at] of Object.entries(meta.spread)) {
			expect(at).not.toEqual(svg.countries[iso3]!.marker);
		}
	});
	it('names the territories it draws (not the states, named by the atlas)', () => {
		const states = statesIso3();
		const named = Object.entries(meta.countries).filter(([, c]) => c.name !== undefined);
		expect(Object.fromEntries(named).GRL?.name).toBe('Greenland');
		for (const [iso3, c] of named) {
			expect(states.has(iso3), iso3).toBe(false);
			expect(c.name).toBe(countries.find((w) => w.cca3 === iso3)!.name.common);
		}
		// Every territory drawn is named: none shows as its bare code.
		for (const iso3 of Object.keys(meta.countries))
			if (!states.has(iso3)) expect(meta.countries[iso3]!.name, iso3).toBeTruthy();
	});
	it("stores the spreads of smaller maps' wider gaps, up to five times the server's", () => {
		const markers = svgMarkers(svg.countries);
		expect(meta.spreads).toEqual(spreadLadder(markers, MARKER_GAP, MARKER_GAP * 5));
		expect(meta.spreads[0]!.gap).toBe(MARKER_GAP);
		expect(meta.spreads.at(-1)!.gap).toBeGreaterThanOrEqual(MARKER_GAP * 5);
	});
});
