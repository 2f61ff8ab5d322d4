import { describe, expect, it } from 'vitest';
import {
	boundsViewBox,
	constrainView,
	fitBounds,
	formatMapHash,
	lngLatToScreen,
	parseMapHash,
	project,
	screenToLngLat,
	svgToLngLat,
	unionBounds,
	unproject,
	viewBoxOf,
	worldView,
	zoomAround,
	type View
} from './view';
import { SVG_WIDTH, svgHeight } from './worldView';

const H = svgHeight();

describe('project / unproject', () => {
	it.each<[number, number, number, number]>([
		[0, 0, 0.5, 0.5],
		[-180, 0, 0, 0.5],
		[180, 0, 1, 0.5],
		[0, 85.051129, 0.5, 0]
	])('(%s, %s) → (%s, %s) and back', (lng, lat, x, y) => {
		const [px, py] = project([lng, lat]);
		expect(px).toBeCloseTo(x, 6);
		expect(py).toBeCloseTo(y, 6);
		const [l, b] = unproject([px, py]);
		expect(l).toBeCloseTo(lng, 6);
		expect(b).toBeCloseTo(lat, 5);
	});
});

describe('worldView and viewBoxOf: the SVG and MapLibre frame the world alike', () => {
	it.each<[string, number, number, number, number, number, number]>([
		// name, width, height → expected viewBox x, y, width, height
		['the viewBox proportions', SVG_WIDTH, H, 0, 0, SVG_WIDTH, H],
		[
			'a tall phone box: ocean above and below',
			390,
			500,
			0,
			(H - (SVG_WIDTH * 500) / 390) / 2,
			SVG_WIDTH,
			(SVG_WIDTH * 500) / 390
		],
		['a wide box: ocean left and right', 2 * SVG_WIDTH, H, -SVG_WIDTH / 2, 0, 2 * SVG_WIDTH, H]
	])('%s', (_, width, height, x, y, w, h) => {
		const size = { width, height };
		const box = viewBoxOf(worldView(size), size);
		// svgHeight() is rounded to whole units.
		expect(Math.abs(box.x - x)).toBeLessThan(0.5);
		expect(Math.abs(box.y - y)).toBeLessThan(0.5);
		expect(Math.abs(box.width - w)).toBeLessThan(1);
		expect(Math.abs(box.height - h)).toBeLessThan(1);
	});
	it('zoom of the world view: the world is as wide as the map when the map is tall', () => {
		expect(worldView({ width: 512, height: 800 }).zoom).toBeCloseTo(0, 6);
		expect(worldView({ width: 1024, height: 2000 }).zoom).toBeCloseTo(1, 6);
	});
});

describe('fitBounds', () => {
	it.each<[string, Parameters<typeof fitBounds>, View]>([
		[
			'a box centred in the map',
			[
				[
					[-10, -1],
					[10, 1]
				],
				{ width: 400, height: 400 }
			],
			{ center: [0, 0], zoom: Math.log2(400 / (512 * (20 / 360))) }
		],
		[
			'padding on the right: the box sits in the part left free',
			[
				[
					[-10, -1],
					[10, 1]
				],
				{ width: 600, height: 400 },
				{ right: 200 }
			],
			// 100 px right of the box's middle, at 20 px per degree: 5°.
			{ center: [5, 0], zoom: Math.log2(400 / (512 * (20 / 360))) }
		],
		[
			'a tiny state stops at the maximum zoom',
			[
				[
					[50.4, 25.8],
					[50.7, 26.3]
				],
				{ width: 800, height: 600 },
				{},
				6
			],
			{ center: [50.55, 26.05], zoom: 6 }
		]
	])('%s', (_, args, expected) => {
		const view = fitBounds(...args);
		expect(view.zoom).toBeCloseTo(expected.zoom, 4);
		expect(view.center[0]).toBeCloseTo(expected.center[0], 1);
		expect(view.center[1]).toBeCloseTo(expected.center[1], 1);
	});
});

describe('unionBounds', () => {
	it.each<[string, [number, number, number, number][], ReturnType<typeof unionBounds>]>([
		['none', [], null],
		[
			'one',
			[[1, 2, 3, 4]],
			[
				[1, 2],
				[3, 4]
			]
		],
		[
			'two',
			[
				[0, 0, 10, 10],
				[5, -5, 20, 5]
			],
			[
				[0, -5],
				[20, 10]
			]
		]
	])('%s', (_, boxes, expected) => expect(unionBounds(boxes)).toEqual(expected));
});

describe('constrainView: one copy of the world', () => {
	const phone = { width: 390, height: 500 };
	const wide = { width: 1400, height: 400 };
	it.each<[string, View, { width: number; height: number }, View]>([
		[
			'zoomed out past the world: back to the world view',
			{ center: [100, 0], zoom: -2 },
			phone,
			worldView(phone)
		],
		[
			'wide map at the world view: centred on lng 0',
			{ center: [60, 30], zoom: worldView(wide).zoom },
			wide,
			worldView(wide)
		],
		[
			'zoomed in: panned no further than the antimeridian',
			{ center: [179, 20], zoom: 2 },
			{ width: 1024, height: 800 },
			{ center: [90, 20], zoom: 2 }
		],
		[
			'zoomed in, inside the world: unchanged',
			{ center: [30, 10], zoom: 3 },
			phone,
			{ center: [30, 10], zoom: 3 }
		],
		['zoom above the maximum', { center: [30, 10], zoom: 12 }, phone, { center: [30, 10], zoom: 8 }]
	])('%s', (_, view, size, expected) => {
		const out = constrainView(view, size);
		expect(out.zoom).toBeCloseTo(expected.zoom, 6);
		expect(out.center[0]).toBeCloseTo(expected.center[0], 3);
		expect(out.center[1]).toBeCloseTo(expected.center[1], 3);
	});
});

describe('screen ↔ lon/lat', () => {
	it('round trips and puts the centre in the middle', () => {
		const view: View = { center: [30, 20], zoom: 2 };
		const size = { width: 800, height: 600 };
		expect(lngLatToScreen([30, 20], view, size)).toEqual([400, 300]);
		const [lng, lat] = screenToLngLat(lngLatToScreen([45, -10], view, size), view, size);
		expect(lng).toBeCloseTo(45, 6);
		expect(lat).toBeCloseTo(-10, 6);
	});
});

describe('parseMapHash: zoom/lat/lng only', () => {
	it.each<[string, View | null]>([
		['#map=2.5/20/10', { center: [10, 20], zoom: 2.5 }],
		['#map=0/-33.9/151.2', { center: [151.2, -33.9], zoom: 0 }],
		['#map=2/20/10/45/60', null], // bearing and pitch
		['#map=2/20/10/45', null],
		['#map=2/95/10', null], // latitude out of range
		['#map=2/20/190', null],
		['#map=99/20/10', null],
		['#map=2/20/1e3', null],
		['#map=2/NaN/10', null],
		['#map=//', null],
		['#other', null],
		['', null]
	])('%j', (hash, expected) => expect(parseMapHash(hash)).toEqual(expected));
	it('formats what it parses', () => {
		const view = { center: [10.123456, 20.5] as [number, number], zoom: 3.456 };
		const parsed = parseMapHash(formatMapHash(view))!;
		expect(parsed.zoom).toBeCloseTo(3.46, 6);
		expect(parsed.center[0]).toBeCloseTo(10.12, 2);
	});
});

describe('boundsViewBox', () => {
	it('the world view bounds are the generated SVG viewBox', () => {
		const box = boundsViewBox([
			[-180, -58],
			[180, 84]
		]);
		expect(box.x).toBeCloseTo(0, 6);
		expect(box.y).toBeCloseTo(0, 6);
		expect(box.width).toBeCloseTo(SVG_WIDTH, 6);
		expect(Math.abs(box.height - H)).toBeLessThan(0.5);
	});
	it('frames what fitBounds frames, at any size', () => {
		const bounds: [[number, number], [number, number]] = [
			[-20, -35],
			[52, 38]
		]; // Africa
		const box = boundsViewBox(bounds);
		for (const size of [
			{ width: 390, height: 500 },
			{ width: 1200, height: 500 }
		]) {
			const fitted = viewBoxOf(fitBounds(bounds, size, {}, Infinity), size);
			// The fitted box holds the bounds' box and is centred on it.
			expect(fitted.x + fitted.width / 2).toBeCloseTo(box.x + box.width / 2, 3);
			expect(fitted.y + fitted.height / 2).toBeCloseTo(box.y + box.height / 2, 3);
			expect(Math.min(fitted.width / box.width, fitted.height / box.height)).toBeCloseTo(1, 6);
		}
	});
});

describe('svgToLngLat', () => {
	it.each<[[number, number], [number, number]]>([
		[
			[0, 0],
			[-180, 84]
		],
		[
			[SVG_WIDTH / 2, 0],
			[0, 84]
		],
		[
			[SVG_WIDTH, H],
			[180, -58]
		]
	])('%j → %j', (point, [lng, lat]) => {
		const [l, b] = svgToLngLat(point);
		expect(l).toBeCloseTo(lng, 3);
		expect(Math.abs(b - lat)).toBeLessThan(0.1); // svgHeight() is rounded
	});
});

describe('constrainView with a panel over the right of the map', () => {
	const size = { width: 1000, height: 700 };
	const world = worldView(size);
	it('lets the world slide left by the panel width, no further', () => {
		const out = constrainView({ center: [170, world.center[1]], zoom: world.zoom }, size, {
			right: 400
		});
		// The free part (600 px) ends at the antimeridian: its middle is 300 px left of it.
		const [x] = lngLatToScreen([180, 0], out, size);
		expect(x).toBeCloseTo(600, 3);
	});
	it('without the panel the world view cannot move', () => {
		const out = constrainView({ center: [170, world.center[1]], zoom: world.zoom }, size);
		expect(out.center[0]).toBeCloseTo(0, 6);
	});
});

describe('zoomAround', () => {
	const size = { width: 800, height: 600 };
	const view: View = { center: [20, 10], zoom: 2 };
	it.each<[string, [number, number] | undefined]>([
		['the middle', undefined],
		['a corner', [100, 50]]
	])('keeps the place under %s where it was', (_, around) => {
		const point = around ?? [400, 300];
		const place = screenToLngLat(point, view, size);
		const zoomed = zoomAround(view, size, 1, around);
		expect(zoomed.zoom).toBe(3);
		const [x, y] = lngLatToScreen(place, zoomed, size);
		expect(x).toBeCloseTo(point[0], 6);
		expect(y).toBeCloseTo(point[1], 6);
	});
});
