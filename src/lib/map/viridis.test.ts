import { interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { viridis } from './viridis';

describe('viridis', () => {
	it('gives d3-scale-chromatic’s interpolateViridis colour at every step of the ramp', () => {
		for (let i = 0; i <= 1024; i++) expect(viridis(i / 1024)).toBe(interpolateViridis(i / 1024));
	});
	it.each([-1, -0.001, 1.001, 2])('clamps %s like d3', (t) => {
		expect(viridis(t)).toBe(interpolateViridis(t));
	});
	it('runs from dark purple to yellow', () => {
		expect([viridis(0), viridis(1)]).toEqual(['#440154', '#fde725']);
	});
});
