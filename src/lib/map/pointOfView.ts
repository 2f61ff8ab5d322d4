/**
 * The map's point of view, one line: for the embed footer and exported images.
 * @example `${MAP_POINT_OF_VIEW}` under a PNG export
 */
export const MAP_POINT_OF_VIEW =
	'Boundaries: Natural Earth via world-atlas. They imply no position on disputed territory.';

/**
 * The same, said in full for the About and Palestine pages. Its examples are checked against
 * world-atlas by scripts/build-geo.test.ts, so they stay true when the data changes.
 */
export const MAP_POINT_OF_VIEW_DETAIL =
	'The boundaries come from Natural Earth (1:50m, through the world-atlas package), which draws ' +
	'the lines of control on the ground: Crimea within Russia, the Golan Heights within Israel, ' +
	'and the part of Western Sahara that Morocco holds within Morocco. East Jerusalem, the West ' +
	'Bank and the Gaza Strip are drawn as Palestine. Drawing a line is not taking a side: the ' +
	'atlas implies no position on any disputed territory. No maintained package offers Natural ' +
	"Earth's disputed areas as separate shapes, so the map does not mark them.";
