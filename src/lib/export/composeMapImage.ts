import { MAP_THEMES, type MapTheme } from '$lib/map/mapStyle';
import { svgShapeMarkup } from '$lib/map/svgShapeMarkup';
import { SUBJECT_ISO3, type WorldSvg } from '$lib/map/types';

/** One legend row of an image: its colour, label and how many states it covers. */
export interface ImageLegendEntry {
	color: string;
	label: string;
	count: number;
}

/** Everything an image of a view shows; the same for the browser's downloads and the build's. */
export interface MapImageInput {
	/** "Recognises Palestine". */
	title: string;
	/** A line under the title ("By the end of 1995"), if any. */
	note?: string;
	/** The static map's geometry (src/lib/generated/worldSvg.json). */
	world: WorldSvg;
	/** ISO3 → colour; countries left out take the no-data colour. */
	fills: Record<string, string>;
	legend: ImageLegendEntry[];
	/** The sources line, with the date the facts are current to. */
	sources: string;
	/** Where the view lives (the atlas' URL), printed at the bottom. */
	url?: string;
	/** The selected country, outlined. */
	selected?: string | null;
	theme?: MapTheme;
}

/** A composed image: SVG markup and its size in CSS pixels. */
export interface MapImage {
	svg: string;
	width: number;
	height: number;
}

/** The image's width in CSS px (PNGs are drawn at 2× this). */
export const IMAGE_WIDTH = 1200;
const PAD = 32;
const FONT = "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
/** Text colours of each theme (AA on the paper). */
const INK = {
	light: { paper: '#ffffff', ink: '#1a1a1a', muted: '#545454', swatchEdge: '#555555' },
	dark: { paper: '#15181b', ink: '#e6e6e3', muted: '#a9adb1', swatchEdge: '#a0a0a0' }
} as const;

/** Escapes text for SVG content and attribute values. */
const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A rough width of `text` at `size` px in a sans-serif (wide enough for wrapping and layout). */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

/** Splits `text` into lines no wider than `width` at `size` px, at spaces. */
export function wrapText(text: string, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The image of a view as SVG: title, the map from the vector geometry, the legend with its
 * counts, the sources line (with the as-of date) and the URL. A pure function of its input,
 * shared by the browser's "Download PNG/SVG" and the build's social cards.
 * @example composeMapImage({ title: 'Recognises Palestine', world, fills, legend, sources }).svg
 */
export function composeMapImage(input: MapImageInput): MapImage {
	const theme = input.theme ?? 'light';
	const map = MAP_THEMES[theme];
	const ink = INK[theme];
	const inner = IMAGE_WIDTH - 2 * PAD;
	const parts: string[] = [];
	let y = PAD;

	const text = (
		x: number,
		baseline: number,
		size: number,
		fill: string,
		content: string,
		bold = false
	) =>
		`<text x="${x}" y="${baseline}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${escapeText(content)}</text>`;

	y += 30;
	parts.push(text(PAD, y, 30, ink.ink, input.title, true));
	if (input.note) {
		y += 28;
		parts.push(text(PAD, y, 18, ink.muted, input.note));
	}
	y += 20;

	// The map, scaled from the static SVG's viewBox to the image's width.
	const scale = inner / input.world.width;
	const mapHeight = Math.round(input.world.height * scale);
	const stroke = (0.6 / scale).toFixed(3);
	const shapes: string[] = [
		`<rect width="${input.world.width}" height="${input.world.height}" fill="${map.ocean}"/>`,
		`<g fill="${map.noData}">${svgShapeMarkup(input.world.neutral)}</g>`
	];
	const markers: string[] = [];
	for (const [iso3, country] of Object.entries(input.world.countries)) {
		const fill = input.fills[iso3] ?? map.noData;
		const outlined = iso3 === input.selected || iso3 === SUBJECT_ISO3;
		if (country.d) {
			const attrs: Record<string, string> = { fill };
			if (outlined) {
				attrs.stroke = iso3 === input.selected ? map.selected : map.subject;
				attrs['stroke-width'] = (1.8 / scale).toFixed(3);
			}
			shapes.push(svgShapeMarkup(country.d, attrs));
		}
		if (country.marker) {
			const [cx, cy] = country.marker;
			const r = (iso3 === SUBJECT_ISO3 ? 6 : 4.5) / scale;
			markers.push(
				`<circle cx="${cx}" cy="${cy}" r="${r.toFixed(2)}" fill="${fill}" stroke="${outlined ? map.subject : map.markerStroke}" stroke-width="${((outlined ? 2 : 1) / scale).toFixed(3)}"/>`
			);
		}
	}
	parts.push(
		`<g transform="translate(${PAD} ${y}) scale(${scale.toFixed(5)})" stroke="${map.border}" stroke-width="${stroke}" stroke-linejoin="round">${shapes.join('')}<g>${markers.join('')}</g></g>`
	);
	y += mapHeight + 24;

	// The legend: swatch, label and count, flowing into rows.
	const size = 17;
	let x = PAD;
	y += size;
	for (const entry of input.legend) {
		const label = `${entry.label}: ${entry.count}`;
		const width = 22 + 8 + textWidth(label, size) + 28;
		if (x > PAD && x + width > PAD + inner) {
			x = PAD;
			y += size + 14;
		}
		parts.push(
			`<rect x="${x}" y="${y - size + 2}" width="22" height="16" fill="${entry.color}" stroke="${ink.swatchEdge}"/>`,
			text(x + 30, y, size, ink.ink, label)
		);
		x += width;
	}
	y += 16;

	for (const line of wrapText(input.sources, 14, inner)) {
		y += 21;
		parts.push(text(PAD, y, 14, ink.muted, line));
	}
	if (input.url) {
		y += 21;
		parts.push(text(PAD, y, 14, ink.muted, input.url));
	}
	const height = Math.ceil(y + PAD);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}" font-family="${escapeText(FONT)}">` +
		`<rect width="100%" height="100%" fill="${ink.paper}"/>${parts.join('')}</svg>`;
	return { svg, width: IMAGE_WIDTH, height };
}
