import worldSvgUrl from '$lib/generated/worldSvg.json?url';
import type { WorldSvg } from '$lib/map/types';
import { composeMapImage, type MapImageInput } from './composeMapImage';

/** PNGs are drawn at twice the image's CSS size, for print. */
export const PNG_SCALE = 2;

let world: Promise<WorldSvg> | null = null;

/** The static map's geometry (path strings), fetched once on the first download. */
function loadWorld(): Promise<WorldSvg> {
	world ??= fetch(worldSvgUrl).then((response) => {
		if (!response.ok) throw new Error(`map geometry: HTTP ${response.status}`);
		return response.json() as Promise<WorldSvg>;
	});
	world.catch(() => (world = null));
	return world;
}

/** Saves `blob` as `name` through a temporary download link. */
function save(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws SVG markup onto a canvas at `scale` and returns the PNG. */
async function rasterise(svg: string, width: number, height: number, scale: number): Promise<Blob> {
	const image = new Image();
	image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * scale;
		canvas.height = height * scale;
		canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(image.src);
	}
}

/**
 * Downloads the view as `<name>.svg` or `<name>.png` (2×), composed from the vector geometry by
 * composeMapImage (never a capture of the WebGL canvas).
 */
export async function downloadMapImage(
	input: Omit<MapImageInput, 'world'>,
	format: 'png' | 'svg',
	name: string
): Promise<void> {
	const image = composeMapImage({ ...input, world: await loadWorld() });
	if (format === 'svg') {
		save(new Blob([image.svg], { type: 'image/svg+xml' }), `${name}.svg`);
	} else {
		save(await rasterise(image.svg, image.width, image.height, PNG_SCALE), `${name}.png`);
	}
}
