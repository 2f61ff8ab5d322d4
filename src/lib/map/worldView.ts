/** The map's first view: the same bounds frame the static SVG and MapLibre's initial fitBounds. */
export const WORLD_VIEW_BOUNDS: [[number, number], [number, number]] = [
	[-180, -58],
	[180, 84]
];

/** Width of the static SVG's viewBox in user units; the height follows from Mercator. */
export const SVG_WIDTH = 1000;

/** Mercator y (radians, north up) of a latitude in degrees. */
export function mercatorY(lat: number): number {
	return Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
}

/** Height of the SVG viewBox for `WORLD_VIEW_BOUNDS` at `SVG_WIDTH`, rounded to whole units. */
export function svgHeight(width = SVG_WIDTH, bounds = WORLD_VIEW_BOUNDS): number {
	const [[west, south], [east, north]] = bounds;
	const scale = width / (((east - west) * Math.PI) / 180);
	return Math.round(scale * (mercatorY(north) - mercatorY(south)));
}

/** A box on screen, in CSS pixels. */
export interface ScreenBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Where a lon/lat falls at the first view in a map element occupying `box`: the SVG's viewBox
 * is fitted into the box (xMidYMid meet) and MapLibre fits the same bounds, so both agree.
 * @example worldViewPoint({ x: 0, y: 0, width: 1000, height: 700 }, 69.5, 29.5) // Pakistan
 */
export function worldViewPoint(box: ScreenBox, lon: number, lat: number): { x: number; y: number } {
	const height = svgHeight();
	const k = SVG_WIDTH / (2 * Math.PI);
	const sx = SVG_WIDTH / 2 + (lon / 360) * SVG_WIDTH;
	const sy = k * (mercatorY(WORLD_VIEW_BOUNDS[1][1]) - mercatorY(lat));
	const s = Math.min(box.width / SVG_WIDTH, box.height / height);
	return {
		x: box.x + box.width / 2 + (sx - SVG_WIDTH / 2) * s,
		y: box.y + box.height / 2 + (sy - height / 2) * s
	};
}
