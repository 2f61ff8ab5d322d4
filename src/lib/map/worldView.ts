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
