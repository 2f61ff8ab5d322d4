import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathRings } from '../pathRings';
import { compactPath } from './compactPath';

describe('compactPath', () => {
	it.each([
		['one ring', 'M684.8,357.3L688.2,357.9L689.1,358.7Z', 'M684.8 357.3l3.4.6.9.8z'],
		['whole steps and negative ones', 'M10,10L20,10L20,20L9.5,19.9Z', 'M10 10l10 0 0 10-10.5-.1z'],
		['two rings, each starting absolute', 'M0,0L1,0L1,1ZM5,5L6,5Z', 'M0 0l1 0 0 1zM5 5l1 0z'],
		['a ring of one point', 'M640.6,394.8Z', 'M640.6 394.8z'],
		['negative coordinates', 'M-4,-4L0,-4L0,0Z', 'M-4-4l4 0 0 4z'],
		['a tenth below one, either sign', 'M0.3,0.5L0.2,0.9Z', 'M.3.5l-.1.4z'],
		['empty', '', '']
	])('%s', (_, d, expected) => {
		expect(compactPath(d)).toBe(expected);
	});

	it('refuses commands it does not know rather than drawing something else', () => {
		expect(() => compactPath('M0,0C1,1,2,2,3,3Z')).toThrow(/M\/L\/Z path/);
	});

	it('draws exactly the points of the path it was given', () => {
		const tenth = fc.integer({ min: -20000, max: 20000 }).map((t) => t / 10);
		const ring = fc.array(fc.tuple(tenth, tenth), { minLength: 1, maxLength: 12 });
		fc.assert(
			fc.property(fc.array(ring, { minLength: 1, maxLength: 4 }), (rings) => {
				const d = rings.map((r) => `M${r.map(([x, y]) => `${x},${y}`).join('L')}Z`).join('');
				const drawn = pathRings(compactPath(d));
				expect(drawn.length).toBe(rings.length);
				// The same tenths (summing the relative steps only adds float noise, which may round
				// to -0: `+ 0` makes it 0, as toEqual tells the two apart).
				const tenths = (v: number) => Math.round(v * 10) + 0;
				const inTenths = (r: [number, number][][]) =>
					r.map((ring) => ring.map(([x, y]) => [tenths(x), tenths(y)]));
				expect(inTenths(drawn)).toEqual(inTenths(rings));
			})
		);
	});
});
