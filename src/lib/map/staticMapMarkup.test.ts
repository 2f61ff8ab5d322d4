// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
	markersMarkup,
	markersPaintKey,
	paintKeyMarkup,
	paintMarkers,
	paintShapes,
	readPaintKey,
	shapesMarkup,
	shapesPaintKey,
	type MarkerDot,
	type StaticPaint
} from './staticMapMarkup';

const PATHS = { PAK: 'M0,0h2v2z', IND: 'M2,0h2v2z', PSE: 'M5,5h1v1z' };
const NAMES: Record<string, string> = {
	PAK: 'Pakistan',
	IND: 'India',
	PSE: 'Palestine',
	BHR: 'Bahrain',
	MUS: 'Mauritius'
};

function paintOf(overrides: Partial<StaticPaint> = {}): StaticPaint {
	return {
		fill: (iso3) => ({ PAK: '#111111', IND: '#222222', BHR: '#333333' })[iso3] ?? '#eeeeee',
		dim: () => false,
		label: (iso3) => NAMES[iso3]!,
		subject: 'PSE',
		selected: null,
		focused: null,
		...overrides
	};
}

const DOTS: MarkerDot[] = [
	{ iso3: 'BHR', at: [7, 7], home: [7, 7], r: 5, leader: false },
	{ iso3: 'MUS', at: [9, 9], home: [9, 9], r: 5, leader: false }
];

/** The markup in an SVG element of a real DOM (jsdom), as the browser holds it. */
function svgOf(paint: StaticPaint, dots: readonly MarkerDot[]): SVGSVGElement {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	svg.innerHTML = `<g class="shapes">${shapesMarkup(PATHS, paint)}</g><g class="markers">${markersMarkup(dots, paint)}</g>`;
	return svg;
}

/** Every element with its attributes (in name order) and its own text: what a browser draws. */
function drawn(node: Element): unknown {
	return {
		tag: node.localName,
		ns: node.namespaceURI,
		attributes: [...node.attributes]
			.map((a) => [a.name, a.name === 'class' ? a.value.split(' ').sort().join(' ') : a.value])
			.sort(),
		text: [...node.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent),
		children: [...node.children].map(drawn)
	};
}

describe('shapesMarkup and markersMarkup', () => {
	it('draw each shape in its colour, named, with its state on its group', () => {
		const svg = svgOf(paintOf({ selected: 'PAK', dim: (iso3) => iso3 === 'IND' }), DOTS);
		const pak = svg.querySelector('path[data-iso3="PAK"]')!.parentElement!;
		expect(pak.getAttribute('fill')).toBe('#111111');
		expect([...pak.classList]).toEqual(['shape', 'selected']);
		expect(pak.querySelector('title')!.textContent).toBe('Pakistan');
		const ind = svg.querySelector('path[data-iso3="IND"]')!.parentElement!;
		expect(ind.getAttribute('opacity')).toBe('0.25');
		expect([...svg.querySelector('path[data-iso3="PSE"]')!.parentElement!.classList]).toContain(
			'subject'
		);
		const bahrain = svg.querySelector('[data-marker="BHR"] circle')!;
		expect([bahrain.getAttribute('cx'), bahrain.getAttribute('r')]).toEqual(['7', '5']);
		expect(bahrain.namespaceURI).toBe('http://www.w3.org/2000/svg');
	});

	it('write names as text, never as markup', () => {
		const svg = svgOf(paintOf({ label: () => '<b>Côte & "Ivoire"</b>' }), DOTS);
		const titles = [...svg.querySelectorAll('title')];
		expect(titles).toHaveLength(5);
		for (const title of titles) expect(title.textContent).toBe('<b>Côte & "Ivoire"</b>');
		expect(svg.querySelector('b')).toBeNull();
	});

	it('draw a leader line only for a dot moved off its state', () => {
		const moved = [{ ...DOTS[0]!, at: [8.5, 6] as [number, number], leader: true }, DOTS[1]!];
		const svg = svgOf(paintOf(), moved);
		const line = svg.querySelector('[data-marker="BHR"] line.leader')!;
		expect(['x1', 'y1', 'x2', 'y2'].map((a) => line.getAttribute(a))).toEqual([
			'7',
			'7',
			'8.5',
			'6'
		]);
		expect(svg.querySelector('[data-marker="MUS"] line')).toBeNull();
	});
});

const before = paintOf();
/** Changes of what the map shows, each from `before` with `DOTS`. */
const cases: [string, StaticPaint, MarkerDot[]][] = [
	['new colours', paintOf({ fill: (iso3) => (iso3 === 'IND' ? '#abcdef' : '#000000') }), DOTS],
	['a selection and a keyboard focus', paintOf({ selected: 'BHR', focused: 'IND' }), DOTS],
	['the legend fading others', paintOf({ dim: (iso3) => iso3 !== 'PAK' }), DOTS],
	['names in another language', paintOf({ label: (iso3) => `Pays ${iso3}` }), DOTS],
	[
		'dots spread apart with leader lines',
		before,
		[
			{ iso3: 'BHR', at: [6, 8], home: [7, 7], r: 2.5, leader: true },
			{ iso3: 'MUS', at: [10.25, 9], home: [9, 9], r: 2.5, leader: true }
		]
	],
	['a dot moved without a leader line', before, [{ ...DOTS[0]!, at: [7.5, 7] }, DOTS[1]!]],
	['a larger dot', before, [DOTS[0]!, { ...DOTS[1]!, r: 6 }]],
	[
		'one country in a new colour',
		paintOf({ fill: (iso3) => (iso3 === 'PSE' ? '#000000' : '#eeeeee') }),
		DOTS
	],
	['a country faded', paintOf({ dim: (iso3) => iso3 === 'MUS' }), DOTS]
];

/** Both repaints, as the map runs them. */
function paintStaticMap(svg: Element, paint: StaticPaint, dots: readonly MarkerDot[]) {
	paintShapes(svg, paint);
	paintMarkers(svg, paint, dots);
}

describe('paintShapes and paintMarkers', () => {
	for (const [name, after, dots] of cases)
		it(`leaves the markup as if written with ${name}`, () => {
			const svg = svgOf(before, DOTS);
			paintStaticMap(svg, after, dots);
			expect(drawn(svg)).toEqual(drawn(svgOf(after, dots)));
		});

	it('takes leader lines away again when the dots return home', () => {
		const spread = DOTS.map((d) => ({ ...d, at: [d.at[0] + 1, d.at[1]] as [number, number] }));
		const svg = svgOf(
			before,
			spread.map((d) => ({ ...d, leader: true }))
		);
		paintStaticMap(svg, before, DOTS);
		expect(svg.querySelectorAll('line')).toHaveLength(0);
		expect(drawn(svg)).toEqual(drawn(svgOf(before, DOTS)));
	});

	it('changes nothing when nothing changed', () => {
		const svg = svgOf(before, DOTS);
		const changes: MutationRecord[] = [];
		const observer = new MutationObserver((records) => changes.push(...records));
		observer.observe(svg, {
			subtree: true,
			attributes: true,
			childList: true,
			characterData: true
		});
		paintStaticMap(svg, before, DOTS);
		changes.push(...observer.takeRecords());
		expect(changes).toEqual([]);
	});
});

describe('shapesPaintKey and markersPaintKey', () => {
	const ids = Object.keys(PATHS);
	/** Each group's markup as drawn, and its fingerprint. */
	const parts = (paint: StaticPaint, dots: readonly MarkerDot[]) => {
		const svg = svgOf(paint, dots);
		return {
			shapes: JSON.stringify(drawn(svg.querySelector('g.shapes')!)),
			markers: JSON.stringify(drawn(svg.querySelector('g.markers')!)),
			shapesKey: shapesPaintKey(ids, paint),
			markersKey: markersPaintKey(dots, paint)
		};
	};

	it('are equal for the same drawing, however its functions were made', () => {
		const again = paintOf({ fill: (iso3) => paintOf().fill(iso3) });
		expect(shapesPaintKey(ids, again)).toBe(shapesPaintKey(ids, before));
		expect(markersPaintKey(structuredClone(DOTS), again)).toBe(markersPaintKey(DOTS, before));
		expect(shapesPaintKey(ids, before)).toMatch(/^[0-9a-z]{1,11}$/);
	});

	it('tell apart names that differ in their last letter only, whatever their length', () => {
		for (const stem of ['P', 'Pa', 'Pal', 'Pale']) {
			const named = (last: string) =>
				shapesPaintKey(ids, paintOf({ label: (iso3) => (iso3 === 'PSE' ? stem + last : iso3) }));
			expect(named('a'), stem).not.toBe(named('b'));
		}
	});

	for (const [name, after, dots] of cases)
		it(`differ exactly where the markup does, with ${name}`, () => {
			const [a, b] = [parts(before, DOTS), parts(after, dots)];
			expect(a.shapes === b.shapes && a.markers === b.markers).toBe(false);
			expect(a.shapesKey === b.shapesKey).toBe(a.shapes === b.shapes);
			expect(a.markersKey === b.markersKey).toBe(a.markers === b.markers);
		});

	it('travel in the markup as an SVG metadata element, which draws nothing', () => {
		const svg = svgOf(before, DOTS);
		const group = svg.querySelector('g.shapes')!;
		expect(readPaintKey(group)).toBeNull();
		group.insertAdjacentHTML('afterbegin', paintKeyMarkup('k1x'));
		expect(readPaintKey(group)).toBe('k1x');
		expect(group.firstElementChild!.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(readPaintKey(null)).toBeNull();
	});
});
