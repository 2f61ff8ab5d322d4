/** A command letter or a number (`-1`, `2.5`, `.5`: `3.4.6` is 3.4 then .6, as SVG reads it). */
const TOKEN = /[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/**
 * The rings of an SVG path of M, L and Z commands, absolute or relative, as absolute points:
 * the static map's paths (scripts/build-geo.ts writes them compact, compactPath.ts).
 * @example pathRings('M1 2l3 0 0 4z') // [[[1, 2], [4, 2], [4, 6]]]
 */
export function pathRings(d: string): [number, number][][] {
	const rings: [number, number][][] = [];
	let command = 'M';
	let x = 0;
	let y = 0;
	let pending: number | null = null;
	for (const token of d.match(TOKEN) ?? []) {
		if (/[A-Za-z]/.test(token)) {
			command = token;
			if (command === 'Z' || command === 'z') {
				// Back to the ring's start, where a following relative move begins.
				const start = rings.at(-1)?.[0];
				if (start) [x, y] = start;
			}
			continue;
		}
		if (pending === null) {
			pending = Number(token);
			continue;
		}
		const relative = command === 'm' || command === 'l';
		x = relative ? x + pending : pending;
		y = relative ? y + Number(token) : Number(token);
		pending = null;
		if (command === 'M' || command === 'm') {
			rings.push([]);
			// Pairs after a move are lines (SVG's implicit lineto, relative after `m`).
			command = command === 'M' ? 'L' : 'l';
		}
		rings.at(-1)?.push([x, y]);
	}
	return rings;
}
