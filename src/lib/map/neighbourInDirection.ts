/** An arrow key's direction on the map. */
export type Direction = 'left' | 'right' | 'up' | 'down';

const UNIT: Record<Direction, [number, number]> = {
	left: [-1, 0],
	right: [1, 0],
	up: [0, -1],
	down: [0, 1]
};

/**
 * From a country and an arrow key, the next country: among the countries whose point lies within
 * 60° of that direction (screen or SVG units, y down), the nearest, with a penalty for leaving
 * the line (so → from Spain gives France, not Algeria). Null when nothing lies that way.
 * @example neighbourInDirection('ESP', 'right', { ESP: [0, 0], FRA: [5, -3], DZA: [4, 6] }) // 'FRA'
 */
export function neighbourInDirection(
	from: string,
	direction: Direction,
	points: Readonly<Record<string, readonly [number, number]>>
): string | null {
	const origin = points[from];
	if (!origin) return null;
	const [ux, uy] = UNIT[direction];
	let best: string | null = null;
	let bestScore = Infinity;
	for (const [iso3, [x, y]] of Object.entries(points)) {
		if (iso3 === from) continue;
		const dx = x - origin[0];
		const dy = y - origin[1];
		const distance = Math.hypot(dx, dy);
		if (distance === 0) continue;
		const along = dx * ux + dy * uy;
		const cos = along / distance;
		if (cos < Math.cos(Math.PI / 3)) continue;
		const across = Math.abs(dx * uy - dy * ux);
		const score = along + 2 * across;
		if (score < bestScore) [best, bestScore] = [iso3, score];
	}
	return best;
}
