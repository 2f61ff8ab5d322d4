import { describe, expect, it } from 'vitest';
import type { WorldSvg } from '$lib/map/types';
import { composeMapImage, wrapText } from './composeMapImage';

const WORLD: WorldSvg = {
	$comment: 'test',
	width: 1000,
	height: 500,
	neutral: 'M0,0L1,1Z',
	countries: {
		PAK: { d: 'M10,10L20,10L20,20Z', bbox: [60, 23, 77, 37] },
		BHR: { d: '', bbox: [50, 25, 51, 27], marker: [600, 200] },
		PSE: { d: 'M30,30L31,30L31,31Z', bbox: [34, 31, 35, 33], marker: [580, 210] }
	}
};
const LEGEND = [
	{ color: '#0072b2', label: 'Yes', count: 2 },
	{ color: '#e69f00', label: 'No', count: 1 },
	{ color: '#ebebeb', label: 'Unknown', count: 0 }
];

describe('composeMapImage', () => {
	const image = composeMapImage({
		title: 'Recognises <Palestine>',
		note: 'By the end of 1995',
		world: WORLD,
		fills: { PAK: '#0072b2', BHR: '#e69f00' },
		legend: LEGEND,
		sources: 'Sources: articles and the facts table, facts current to March 2026.',
		url: 'https://atlas.example/?attr=recognizesPalestine',
		selected: 'PAK'
	});

	it('draws each country from the vector geometry in its colour, and a marker for tiny states', () => {
		expect(image.svg).toContain('<path fill="#0072b2" stroke="#1a1a1a"');
		expect(image.svg).toContain('d="M10,10L20,10L20,20Z"');
		expect(image.svg).toMatch(/<circle cx="600" cy="200" [^>]*fill="#e69f00"/);
		// No colour given: the no-data colour.
		expect(image.svg).toMatch(/<path fill="#f3f3f0"[^>]*d="M30,30/);
	});

	it('holds the title (escaped), the note, the legend with counts, the sources and the URL', () => {
		for (const text of [
			'Recognises &#60;Palestine&#62;',
			'By the end of 1995',
			'Yes: 2',
			'No: 1',
			'Unknown: 0',
			'facts current to March 2026.',
			'https://atlas.example/?attr=recognizesPalestine'
		]) {
			expect(image.svg).toContain(text);
		}
	});

	it('is as wide as IMAGE_WIDTH and as tall as its content', () => {
		expect(image.width).toBe(1200);
		expect(image.svg).toContain(`viewBox="0 0 1200 ${image.height}"`);
		// Title, map (1136 × 568 at this world's 2:1), legend, two text lines, padding.
		expect(image.height).toBeGreaterThan(568 + 100);
		expect(image.height).toBeLessThan(568 + 300);
	});

	it('paints the dark theme on request', () => {
		const dark = composeMapImage({
			title: 't',
			world: WORLD,
			fills: {},
			legend: [],
			sources: 's',
			theme: 'dark'
		});
		expect(dark.svg).toContain('fill="#15181b"');
		expect(dark.svg).toContain('fill="#0f1b24"');
	});
});

describe('wrapText', () => {
	it('breaks at spaces to fit the width', () => {
		const lines = wrapText('one two three four five six', 10, 60);
		expect(lines.join(' ')).toBe('one two three four five six');
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(line.length * 5.6).toBeLessThanOrEqual(60);
	});
});
