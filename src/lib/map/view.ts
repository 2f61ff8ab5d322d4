import { SVG_WIDTH, WORLD_VIEW_BOUNDS, mercatorY } from './worldView';

/**
 * The view both renderers share (the static SVG and MapLibre): Web Mercator, MapLibre's zoom
 * (a 512 px world at zoom 0), no rotation or pitch. Pure math, no DOM.
 */

/** [longitude, latitude] in degrees. */
export type LngLat = [number, number];
/** [[west, south], [east, north]] in degrees; east > west, even across the antimeridian. */
export type Bounds = [[number, number], [number, number]];
/** The map's centre and MapLibre zoom. */
export interface View {
	center: LngLat;
	zoom: number;
}
/** A map element's size in CSS pixels. */
export interface Size {
	width: number;
	height: number;
}
/** Edges of the map covered by an overlay, or padding to keep free, in CSS pixels. */
export interface Insets {
	top?: number;
	right?: number;
	bottom?: number;
	left?: number;
}

/** MapLibre's world size at zoom 0, in CSS pixels. */
export const TILE_SIZE = 512;
/** The deepest zoom the map allows (small island states fill the view). */
export const MAX_ZOOM = 8;
/** Latitude limit of Web Mercator (the world square). */
const MAX_LAT = 85.051129;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A lon/lat in world units: x and y in [0, 1] across the Web Mercator square, y down. */
export function project([lng, lat]: LngLat): [number, number] {
	return [(lng + 180) / 360, 0.5 - mercatorY(clamp(lat, -MAX_LAT, MAX_LAT)) / (2 * Math.PI)];
}

/** The lon/lat of a point in world units (inverse of `project`). */
export function unproject([x, y]: [number, number]): LngLat {
	const lat = (Math.atan(Math.sinh(2 * Math.PI * (0.5 - y))) * 180) / Math.PI;
	return [x * 360 - 180, lat];
}

/** CSS pixels per world unit at a zoom. */
const scaleAt = (zoom: number) => TILE_SIZE * 2 ** zoom;

/**
 * The view that shows `bounds` whole in `size` (a "meet" fit, like the SVG's xMidYMid meet),
 * leaving `padding` free on each side.
 * @example fitBounds([[-180, -58], [180, 84]], { width: 1000, height: 680 }) // the world view
 */
export function fitBounds(
	bounds: Bounds,
	size: Size,
	padding: Insets = {},
	maxZoom = MAX_ZOOM
): View {
	const { top = 0, right = 0, bottom = 0, left = 0 } = padding;
	const [x0, y0] = project([bounds[0][0], bounds[1][1]]);
	const [x1, y1] = project([bounds[1][0], bounds[0][1]]);
	const width = Math.max(1, size.width - left - right);
	const height = Math.max(1, size.height - top - bottom);
	const scale = Math.min(width / Math.max(x1 - x0, 1e-9), height / Math.max(y1 - y0, 1e-9));
	const zoom = Math.min(Math.log2(scale / TILE_SIZE), maxZoom);
	const s = scaleAt(zoom);
	// The box's middle sits in the middle of the part the padding leaves free.
	const cx = (x0 + x1) / 2 - (left - right) / 2 / s;
	const cy = (y0 + y1) / 2 - (top - bottom) / 2 / s;
	return { center: unproject([cx, cy]), zoom };
}

/** The first view: the whole world (`WORLD_VIEW_BOUNDS`) fitted into the map, one copy. */
export function worldView(size: Size): View {
	return fitBounds(WORLD_VIEW_BOUNDS, size, {}, Infinity);
}

/**
 * The smallest box holding all `boxes` ([west, south, east, north] each), or null for none.
 * @example unionBounds([[0, 0, 10, 10], [5, -5, 20, 5]]) // [[0, -5], [20, 10]]
 */
export function unionBounds(
	boxes: readonly (readonly [number, number, number, number])[]
): Bounds | null {
	if (!boxes.length) return null;
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [bw, bs, be, bn] of boxes) {
		[w, s, e, n] = [Math.min(w, bw), Math.min(s, bs), Math.max(e, be), Math.max(n, bn)];
	}
	return [
		[w, s],
		[e, n]
	];
}

/**
 * Bounds grown by `fraction` of their size on every side (so a fitted region does not touch
 * the map's edges), kept inside the world.
 */
export function padBounds(bounds: Bounds, fraction: number): Bounds {
	const [[w, s], [e, n]] = bounds;
	const dx = (e - w) * fraction;
	const dy = (n - s) * fraction;
	return [
		[Math.max(-180, w - dx), Math.max(-MAX_LAT, s - dy)],
		[Math.min(e + dx, 540), Math.min(MAX_LAT, n + dy)]
	];
}

/**
 * The view kept to one copy of the world: never zoomed out past the world view, and where the
 * world is narrower (or the world view's latitudes shorter) than the map, centred on that axis;
 * otherwise panned no further than the world's edge. With `insets` (a panel over the map) the
 * edge rule applies to the part left free, so a country under the panel can be brought out
 * from under it. MapLibre's `transformConstrain` calls it.
 */
export function constrainView(view: View, size: Size, insets: Insets = {}): View {
	const { top = 0, right = 0, bottom = 0, left = 0 } = insets;
	const world = worldView(size);
	const zoom = clamp(view.zoom, world.zoom, MAX_ZOOM);
	const s = scaleAt(zoom);
	const [cx, cy] = project(view.center);
	// The middle of the free part, in world units.
	const offX = (left - right) / 2 / s;
	const offY = (top - bottom) / 2 / s;
	let [x, y] = [cx + offX, cy + offY];
	const halfW = Math.max(0, size.width - left - right) / 2 / s;
	const halfH = Math.max(0, size.height - top - bottom) / 2 / s;
	const fullHalfW = size.width / 2 / s;
	const fullHalfH = size.height / 2 / s;
	x =
		2 * fullHalfW >= 1 && !right && !left ? 0.5 : 2 * halfW >= 1 ? 0.5 : clamp(x, halfW, 1 - halfW);
	const [, north] = project([0, WORLD_VIEW_BOUNDS[1][1]]);
	const [, south] = project([0, WORLD_VIEW_BOUNDS[0][1]]);
	y =
		2 * fullHalfH >= south - north && !top && !bottom
			? (north + south) / 2
			: 2 * halfH >= south - north
				? (north + south) / 2
				: clamp(y, halfH, 1 - halfH);
	return { center: unproject([x - offX, y - offY]), zoom };
}

/** A box in the static SVG's viewBox units. */
export interface ViewBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** SVG units per world unit, and the SVG's y at the world square's top (see build-geo.ts). */
const SVG_PER_WORLD = SVG_WIDTH;
const SVG_Y_OFFSET =
	(SVG_WIDTH / (2 * Math.PI)) * mercatorY(WORLD_VIEW_BOUNDS[1][1]) - SVG_WIDTH / 2;

/**
 * The static SVG's viewBox that shows `view` in a map of `size`: the SVG then draws exactly
 * what MapLibre draws for the same view.
 */
export function viewBoxOf(view: View, size: Size): ViewBox {
	const s = scaleAt(view.zoom);
	const [x, y] = project(view.center);
	const width = size.width / s;
	const height = size.height / s;
	return {
		x: (x - width / 2) * SVG_PER_WORLD,
		y: (y - height / 2) * SVG_PER_WORLD + SVG_Y_OFFSET,
		width: width * SVG_PER_WORLD,
		height: height * SVG_PER_WORLD
	};
}

/** A point in the static SVG's units → its screen point in a map of `size` showing `view`. */
export function svgToScreen(point: [number, number], view: View, size: Size): [number, number] {
	const box = viewBoxOf(view, size);
	const k = size.width / box.width;
	return [(point[0] - box.x) * k, (point[1] - box.y) * k];
}

/** A lon/lat → its screen point in a map of `size` showing `view`. */
export function lngLatToScreen(lngLat: LngLat, view: View, size: Size): [number, number] {
	const s = scaleAt(view.zoom);
	const [cx, cy] = project(view.center);
	const [x, y] = project(lngLat);
	return [size.width / 2 + (x - cx) * s, size.height / 2 + (y - cy) * s];
}

/** A screen point in a map of `size` showing `view` → its lon/lat. */
export function screenToLngLat(point: [number, number], view: View, size: Size): LngLat {
	const s = scaleAt(view.zoom);
	const [cx, cy] = project(view.center);
	return unproject([cx + (point[0] - size.width / 2) / s, cy + (point[1] - size.height / 2) / s]);
}

/**
 * The view in a `#map=zoom/lat/lng` hash, or null when the hash is anything else: exactly three
 * finite numbers in range (no bearing or pitch, which the reader could not undo).
 * @example parseMapHash('#map=2.5/20/10') // { center: [10, 20], zoom: 2.5 }
 */
export function parseMapHash(hash: string): View | null {
	const match = /^#map=([^/&]+)\/([^/&]+)\/([^/&]+)$/.exec(hash);
	if (!match) return null;
	const [zoom, lat, lng] = match
		.slice(1)
		.map((part) => (/^-?\d+(\.\d+)?$/.test(part) ? Number(part) : NaN));
	if (![zoom, lat, lng].every((n) => Number.isFinite(n))) return null;
	if (zoom! < -2 || zoom! > MAX_ZOOM || Math.abs(lat!) > 90 || Math.abs(lng!) > 180) return null;
	return { center: [lng!, lat!], zoom: zoom! };
}

/**
 * The `#map=zoom/lat/lng` hash of a view (MapLibre's format, without bearing and pitch).
 * @example formatMapHash({ center: [10, 20], zoom: 2.5 }) // '#map=2.5/20/10'
 */
export function formatMapHash(view: View): string {
	const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));
	const digits = Math.max(
		0,
		Math.ceil((view.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10)
	);
	return `#map=${round(view.zoom, 2)}/${round(view.center[1], digits)}/${round(view.center[0], digits)}`;
}

/**
 * The static SVG's viewBox round `bounds`: fitted "meet" into any map size, it frames what
 * `fitBounds(bounds, size)` frames, so the server can render a view before it knows the size.
 */
export function boundsViewBox(bounds: Bounds): ViewBox {
	const [x0, y0] = project([bounds[0][0], bounds[1][1]]);
	const [x1, y1] = project([bounds[1][0], bounds[0][1]]);
	return {
		x: x0 * SVG_PER_WORLD,
		y: y0 * SVG_PER_WORLD + SVG_Y_OFFSET,
		width: (x1 - x0) * SVG_PER_WORLD,
		height: (y1 - y0) * SVG_PER_WORLD
	};
}

/** A point in the static SVG's units → its lon/lat (the SVG is Mercator, like MapLibre). */
export function svgToLngLat([x, y]: [number, number]): LngLat {
	return unproject([x / SVG_PER_WORLD, (y - SVG_Y_OFFSET) / SVG_PER_WORLD]);
}

/**
 * The view zoomed by `delta` levels round a screen point (the map's middle by default): the
 * place under that point stays under it, as MapLibre's wheel zoom does.
 */
export function zoomAround(view: View, size: Size, delta: number, around?: [number, number]): View {
	const point = around ?? [size.width / 2, size.height / 2];
	const [px, py] = project(screenToLngLat(point, view, size));
	const zoom = view.zoom + delta;
	const s = scaleAt(zoom);
	return {
		center: unproject([
			px - (point[0] - size.width / 2) / s,
			py - (point[1] - size.height / 2) / s
		]),
		zoom
	};
}
