import mapLibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import mapLibreUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import worldUrl from '$lib/generated/world.topo.json?url';

/**
 * The files the interactive map needs, as plain URLs: MapLibre's own ES module (one
 * self-contained file, loaded with `import(url)` rather than bundled), its worker, its CSS and
 * the world geometry. Being URLs, they can be prefetched (downloaded, not run) before MapLibre
 * starts, which a bundled chunk's hashed name would not allow.
 */
export const MAPLIBRE_ASSETS = {
	module: mapLibreUrl,
	worker: workerUrl,
	css: mapLibreCssUrl,
	world: worldUrl
} as const;

let prefetched = false;

/**
 * Downloads MapLibre's files into the HTTP cache at the browser's lowest priority, without
 * running any of them (`<link rel="prefetch">`), so that a later takeover is quick. Once per
 * page; skipped when the reader asks to save data.
 */
export function prefetchMapLibre(): void {
	if (prefetched) return;
	prefetched = true;
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	if (connection?.saveData) return;
	for (const href of Object.values(MAPLIBRE_ASSETS)) {
		const link = document.createElement('link');
		link.rel = 'prefetch';
		link.href = href;
		document.head.append(link);
	}
}
