import { DIM_OPACITY } from './mapStyle';
import { escapeMarkup as escape } from '../escapeMarkup';
import { svgShapeMarkup } from './svgShapeMarkup';

/**
 * The static map's countries and markers as markup, and the same drawing applied to markup
 * already in the page. The server writes the markup once; the browser keeps those nodes and
 * repaints them in place (`paintShapes`, `paintMarkers`) rather than hydrating some 900 elements one by one,
 * which was two fifths of the home page's hydration (README, "Performance").
 */

/** How the static map draws each country at this moment. */
export interface StaticPaint {
	fill: (iso3: string) => string;
	/** Faded while the legend highlights other countries. */
	dim: (iso3: string) => boolean;
	/** The country's name, the shape's and the marker's tooltip. */
	label: (iso3: string) => string;
	subject: string;
	selected: string | null;
	focused: string | null;
}

/** A tiny state's dot: where it is drawn, where the state is, and its radius (SVG units). */
export interface MarkerDot {
	iso3: string;
	at: [number, number];
	home: [number, number];
	r: number;
	/** A line back to the state: the dot was moved off it to stay clear of a neighbour. */
	leader: boolean;
}

/** Rounded for the markup: a thousandth of an SVG unit is far below a pixel at any zoom. */
const num = (value: number) => String(Math.round(value * 1000) / 1000);

function stateClasses(base: string, iso3: string, paint: StaticPaint): string {
	return [
		base,
		iso3 === paint.subject ? 'subject' : '',
		iso3 === paint.selected ? 'selected' : '',
		iso3 === paint.focused ? 'focused' : ''
	]
		.filter(Boolean)
		.join(' ');
}

const opacity = (iso3: string, paint: StaticPaint) =>
	paint.dim(iso3) ? ` opacity="${DIM_OPACITY}"` : '';

/**
 * Each country's shape: a group carrying its colour, state and name, the path inheriting them.
 * @example shapesMarkup({ PAK: 'M0,0h1v1z' }, paint) // '<g class="shape" fill="#…"><title>Pakistan</title><path data-iso3="PAK" d="M0,0h1v1z"></path></g>'
 */
export function shapesMarkup(paths: Record<string, string>, paint: StaticPaint): string {
	return Object.entries(paths)
		.map(
			([iso3, d]) =>
				`<g class="${stateClasses('shape', iso3, paint)}" fill="${escape(paint.fill(iso3))}"${opacity(iso3, paint)}>` +
				`<title>${escape(paint.label(iso3))}</title>${svgShapeMarkup(d, { 'data-iso3': iso3 })}</g>`
		)
		.join('');
}

function leaderMarkup(dot: MarkerDot): string {
	const [x1, y1] = dot.home;
	const [x2, y2] = dot.at;
	return `<line class="leader" x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}"></line>`;
}

/** The tiny states' dots, each with its name and, when moved off its state, a leader line. */
export function markersMarkup(dots: readonly MarkerDot[], paint: StaticPaint): string {
	return dots
		.map((dot) => {
			const { iso3 } = dot;
			return (
				`<g class="marker" data-marker="${iso3}"${opacity(iso3, paint)}>` +
				`<title>${escape(paint.label(iso3))}</title>${dot.leader ? leaderMarkup(dot) : ''}` +
				`<circle class="${stateClasses('dot', iso3, paint)}" cx="${num(dot.at[0])}" cy="${num(dot.at[1])}" r="${num(dot.r)}" fill="${escape(paint.fill(iso3))}"></circle></g>`
			);
		})
		.join('');
}

const ENCODER = new TextEncoder();

/**
 * A 53-bit hash of a text (cyrb53's mixing, public domain) as 11 base-36 digits at most, taking
 * its UTF-8 bytes four at a time: fingerprints whose collision would show a wrong colour must not
 * collide by chance, and this runs during hydration. (A big-endian machine would read other
 * words: its fingerprints would differ from the server's, and the map would only be painted.)
 */
function hash(text: string): string {
	const bytes = ENCODER.encode(text);
	const words = new Uint32Array(bytes.buffer, 0, bytes.length >> 2);
	let h1 = 0xdeadbeef ^ bytes.length;
	let h2 = 0x41c6ce57 ^ bytes.length;
	for (let i = 0; i < words.length + (bytes.length & 3); i++) {
		// The words, then the last bytes one by one.
		const word = i < words.length ? words[i]! : bytes[(words.length << 2) + i - words.length]!;
		h1 = Math.imul(h1 ^ word, 2654435761);
		h2 = Math.imul(h2 ^ word, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What `shapesMarkup` and `markersMarkup` draw for one country but its geometry (ids in order). */
const countryPaint = (iso3: string, paint: StaticPaint) =>
	`${stateClasses('', iso3, paint)}\t${paint.fill(iso3)}\t${paint.dim(iso3) ? 1 : 0}\t${paint.label(iso3)}\n`;

/**
 * A fingerprint of what `shapesMarkup` draws for `ids` with `paint` (colour, fading, outlines,
 * name): the markup differs only if the fingerprint does. The server writes it beside its
 * markup (`paintKeyMarkup`), so that hydration sees that nothing needs painting without
 * visiting every shape. Calls every function of `paint` (an effect computing it tracks them).
 */
export function shapesPaintKey(ids: readonly string[], paint: StaticPaint): string {
	let text = '';
	for (const iso3 of ids) text += countryPaint(iso3, paint);
	return hash(text);
}

/** The same for `markersMarkup`: the dots' places and sizes, and their leader lines, too. */
export function markersPaintKey(dots: readonly MarkerDot[], paint: StaticPaint): string {
	let text = '';
	for (const { iso3, at, home, r, leader } of dots) {
		const place = [at[0], at[1], r, ...(leader ? home : [])].map(num).join(' ');
		text += `${place}\t${countryPaint(iso3, paint)}`;
	}
	return hash(text);
}

/** Where the server's markup carries its fingerprint: an SVG `<metadata>`, never drawn. */
export const paintKeyMarkup = (key: string) => `<metadata data-paint="${escape(key)}"></metadata>`;

/** The fingerprint `paintKeyMarkup` left in `group` (its own child), or null. */
export function readPaintKey(group: Element | null): string | null {
	const metadata = group?.firstElementChild;
	return metadata?.localName === 'metadata' ? metadata.getAttribute('data-paint') : null;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Sets an attribute only when it differs: an unchanged page is not restyled. */
function setAttribute(element: Element, name: string, value: string | null) {
	if (element.getAttribute(name) === value) return;
	if (value === null) element.removeAttribute(name);
	else element.setAttribute(name, value);
}

function setTitle(group: Element, text: string) {
	const title = group.querySelector('title');
	if (title && title.textContent !== text) title.textContent = text;
}

function setStateClasses(element: Element, iso3: string, paint: StaticPaint) {
	element.classList.toggle('subject', iso3 === paint.subject);
	element.classList.toggle('selected', iso3 === paint.selected);
	element.classList.toggle('focused', iso3 === paint.focused);
}

/**
 * Draws `paint` on the markup of `shapesMarkup` in `svg`, touching only what differs: the result
 * is the markup `shapesMarkup` would write.
 */
export function paintShapes(svg: Element, paint: StaticPaint) {
	for (const path of svg.querySelectorAll('g.shape > path[data-iso3]')) {
		const iso3 = path.getAttribute('data-iso3')!;
		const group = path.parentElement!;
		setAttribute(group, 'fill', paint.fill(iso3));
		setAttribute(group, 'opacity', paint.dim(iso3) ? String(DIM_OPACITY) : null);
		setStateClasses(group, iso3, paint);
		setTitle(group, paint.label(iso3));
	}
}

/**
 * Draws `paint` and `dots` on the markup of `markersMarkup` in `svg` in the same way (alone when
 * only the scale, so the dots' places, changed).
 */
export function paintMarkers(svg: Element, paint: StaticPaint, dots: readonly MarkerDot[]) {
	const groups = new Map<string, Element>();
	for (const group of svg.querySelectorAll('g[data-marker]'))
		groups.set(group.getAttribute('data-marker')!, group);
	for (const dot of dots) {
		const group = groups.get(dot.iso3);
		const circle = group?.querySelector('circle');
		if (!group || !circle) continue;
		setAttribute(group, 'opacity', paint.dim(dot.iso3) ? String(DIM_OPACITY) : null);
		setTitle(group, paint.label(dot.iso3));
		setStateClasses(circle, dot.iso3, paint);
		setAttribute(circle, 'cx', num(dot.at[0]));
		setAttribute(circle, 'cy', num(dot.at[1]));
		setAttribute(circle, 'r', num(dot.r));
		setAttribute(circle, 'fill', paint.fill(dot.iso3));
		let leader = group.querySelector('line.leader');
		if (!dot.leader) {
			leader?.remove();
			continue;
		}
		if (!leader) {
			leader = group.ownerDocument.createElementNS(SVG_NS, 'line');
			leader.setAttribute('class', 'leader');
			group.insertBefore(leader, circle);
		}
		setAttribute(leader, 'x1', num(dot.home[0]));
		setAttribute(leader, 'y1', num(dot.home[1]));
		setAttribute(leader, 'x2', num(dot.at[0]));
		setAttribute(leader, 'y2', num(dot.at[1]));
	}
}
