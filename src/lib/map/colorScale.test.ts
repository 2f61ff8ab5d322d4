import { scaleSequential } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { colorScale, NOT_RECOGNISED_COLOR, UNKNOWN_COLOR } from './colorScale';
import { PICKER_IDS } from '$lib/state/labels';

/** WCAG relative luminance of a #rrggbb or rgb() colour. */
function luminance(color: string): number {
	const channels = color.startsWith('#')
		? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
		: (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
	const [r, g, b] = channels.map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('colorScale: categorical', () => {
	const cases: [string, string, string][] = [
		['recognizesPalestine', 'yes', '#0072b2'],
		['recognizesPalestine', 'no', '#e69f00'],
		['recognizesPalestine', 'unknown', UNKNOWN_COLOR],
		['recognizesIsrael', 'yes', '#0072b2'],
		['palestinianMission', 'embassy', '#0072b2'],
		['palestinianMission', 'other', '#56b4e9'],
		['palestinianMission', 'none', '#e69f00'],
		['missionToPalestine', 'resident', '#009e73'],
		['missionToPalestine', 'non-resident', '#56b4e9'],
		['missionToPalestine', 'unknown', UNKNOWN_COLOR],
		['missionToPalestine', 'nonsense', UNKNOWN_COLOR]
	];
	it.each(cases)('%s %s → %s', (id, value, color) => {
		expect(colorScale(id as 'recognizesIsrael', 2026).colorOf(value)).toBe(color);
	});

	it.each([
		['recognizesPalestine', ['yes', 'no', 'not-a-state', 'unknown']],
		['recognizesIsrael', ['yes', 'no', 'unknown']],
		['palestinianMission', ['embassy', 'other', 'none', 'unknown']],
		['missionToPalestine', ['resident', 'non-resident', 'none', 'unknown']]
	] as const)('%s legend lists every value, unknown last', (id, keys) => {
		expect(colorScale(id, 2026).bins.map((bin) => bin.key)).toEqual(keys);
	});
});

describe('colorScale: unknown stands apart', () => {
	it.each(PICKER_IDS)('%s: every value colour differs from unknown and each other', (id) => {
		const bins = colorScale(id, 2026).bins;
		const colors = bins.map((bin) => bin.color);
		expect(new Set(colors).size).toBe(colors.length);
		for (const bin of bins) {
			// "Not yet a state" is no value: paler than unknown on the map, hatched in the legend.
			if (bin.key === 'unknown' || bin.key === 'not-a-state') continue;
			// Distinct lightness: at least 1.3:1 luminance contrast with the unknown grey.
			expect(contrast(bin.color, UNKNOWN_COLOR), `${id} ${bin.key}`).toBeGreaterThan(1.3);
		}
	});
});

describe('colorScale: recognition year', () => {
	const scale = colorScale('recognitionYear', 2026);
	it('is sequential with a ramp from 1988 to the current year', () => {
		expect(scale.kind).toBe('sequential');
		expect(scale.ramp?.from).toBe(1988);
		expect(scale.ramp?.to).toBe(2026);
		expect(scale.ramp?.stops).toHaveLength(9);
	});
	it('bins years by decade after 1988, then not recognised and unknown', () => {
		expect(scale.bins.map((bin) => bin.key)).toEqual([
			'1988',
			'1989-1999',
			'2000-2009',
			'2010-2019',
			'2020-2026',
			'no',
			'not-a-state',
			'unknown'
		]);
	});
	it.each([
		[1988, '1988'],
		[1989, '1989-1999'],
		[2011, '2010-2019'],
		[2025, '2020-2026'],
		['no', 'no'],
		['unknown', 'unknown']
	] as const)('%s falls in bin %s (and only there)', (value, key) => {
		expect(scale.bins.filter((bin) => bin.includes(value)).map((bin) => bin.key)).toEqual([key]);
	});
	it('colours early years darker than recent ones', () => {
		expect(luminance(scale.colorOf(1988))).toBeLessThan(luminance(scale.colorOf(2025)));
		expect(scale.colorOf('no')).toBe(NOT_RECOGNISED_COLOR);
		expect(scale.colorOf('unknown')).toBe(UNKNOWN_COLOR);
	});
	it('gives each year d3’s sequential viridis colour (to 0.85), ramp and legend alike', () => {
		const d3 = scaleSequential((t: number) => interpolateViridis(t * 0.85)).domain([1988, 2026]);
		for (let year = 1980; year <= 2030; year += 0.5) expect(scale.colorOf(year)).toBe(d3(year));
		expect(scale.ramp?.stops).toEqual(
			Array.from({ length: 9 }, (_, i) => d3(1988 + ((2026 - 1988) * i) / 8))
		);
		expect(scale.bins.find((bin) => bin.key === '2010-2019')?.color).toBe(d3(2014.5));
	});
});
