import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Feature, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { decodeWorld } from './decodeWorld';
import { diffFeatureStates, type CountryState } from './diffFeatureStates';
import { MAPLIBRE_ASSETS } from './mapLibreAssets';
import {
	CLICK_LAYERS,
	LEADER_SOURCE,
	MAP_THEMES,
	MARKER_GAP,
	MARKER_HIT_RADIUS,
	mapStyle,
	themePaint,
	type MapTheme
} from './mapStyle';
import { pickNearest } from './pickNearest';
import { spreadMarkers } from './spreadMarkers';
import { SUBJECT_ISO3, SUBJECT_NAME } from './types';
import { constrainView, MAX_ZOOM, type Insets, type View } from './view';

/**
 * MapLibre behind one boundary: nothing here runs until the reader needs zooming or panning
 * (WorldMap calls `ensureMapLibre` on the first gesture); until then, and whenever WebGL is
 * lost, the static SVG is the map.
 */

/** What the page shows, pushed into MapLibre. */
export interface InteractiveOptions {
	container: HTMLElement;
	view: View;
	theme: MapTheme;
	cooperative: boolean;
	states: Record<string, CountryState>;
	/** The map's edges covered by an overlay now (constrainView keeps the world in the rest). */
	insets: () => Insets;
	/** The view moved (end of a gesture or animation); `byUser` for the reader's gestures. */
	onmove: (view: View, byUser: boolean) => void;
	onclick: (iso3: string) => void;
	/** The pointer is over a country (or none), at (x, y) in the map's CSS pixels. */
	onhover: (iso3: string | null, x: number, y: number) => void;
	/** MapLibre has drawn (`true`), or its WebGL context is lost (`false`: show the SVG). */
	onlive: (live: boolean) => void;
}

/** The live map, as WorldMap drives it. */
export interface InteractiveMap {
	setStates(states: Record<string, CountryState>): void;
	setFocused(iso3: string | null): void;
	setTheme(theme: MapTheme): void;
	setCooperative(cooperative: boolean): void;
	/** Moves to a view (animated unless `instant`). */
	moveTo(view: View, instant?: boolean): void;
	/** Zooms by `delta` levels round a point (CSS px in the map; the centre by default). */
	zoomBy(delta: number, around?: [number, number]): void;
	getView(): View;
	/** Whether an animation or gesture is under way. */
	isMoving(): boolean;
	remove(): void;
}

type MapLibre = typeof import('maplibre-gl');
let loading: Promise<[MapLibre, Topology]> | null = null;

/** Adds MapLibre's stylesheet; resolves once it applies. */
function loadCss(href: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = href;
		link.onload = () => resolve();
		link.onerror = () => reject(new Error(`MapLibre's CSS: ${href} did not load`));
		document.head.append(link);
	});
}

/**
 * MapLibre's code, CSS and the map geometry, loaded and run once. MapLibre is imported from its
 * URL (mapLibreAssets.ts), so that `prefetchMapLibre` can download it beforehand.
 */
export function loadMapLibre(): Promise<[MapLibre, Topology]> {
	loading ??= Promise.all([
		import(/* @vite-ignore */ MAPLIBRE_ASSETS.module) as Promise<MapLibre>,
		fetch(MAPLIBRE_ASSETS.world).then((r) => {
			if (!r.ok) throw new Error(`world geometry: HTTP ${r.status}`);
			return r.json() as Promise<Topology>;
		}),
		loadCss(MAPLIBRE_ASSETS.css)
	]).then(([maplibre, world]) => {
		maplibre.setWorkerUrl(MAPLIBRE_ASSETS.worker);
		return [maplibre, world] as [MapLibre, Topology];
	});
	loading.catch(() => (loading = null));
	return loading;
}

/** The current view of a MapLibre map, in the shared `View` form. */
function viewOf(map: MapLibreMap): View {
	const { lng, lat } = map.getCenter();
	return { center: [lng, lat], zoom: map.getZoom() };
}

/**
 * Loads MapLibre and creates the interactive map in `options.container`, at `options.view`.
 * When the WebGL context is lost the map reports `onlive(false)`; when it is restored, MapLibre
 * rebuilds its layers and every colour is pushed again (no diff against a stale cache).
 */
export async function ensureMapLibre(options: InteractiveOptions): Promise<InteractiveMap> {
	const [maplibre, world] = await loadMapLibre();
	const { countries, markers } = decodeWorld(world);
	const hasMarker = new Set(
		markers.features.map((f) => String(f.properties?.iso3 ?? '')).filter(Boolean)
	);
	let { theme, cooperative, states } = options;
	let focused: string | null = null;
	let map: MapLibreMap;
	/** The feature-state MapLibre has; reset whenever a map is (re)built. */
	let applied: Record<string, CountryState> = {};
	/** False while the context is lost: no writes to a dead map. */
	let alive = false;
	/**
	 * The style has loaded (feature-state and paint writes are allowed). Not `isStyleLoaded()`,
	 * which is also false while tiles update after every zoom: writes then would be lost.
	 */
	let styleReady = false;
	let removed = false;
	/** A view asked for while the context was lost: shown once it is back. */
	let pending: View | null = null;

	const size = () => ({
		width: options.container.clientWidth,
		height: options.container.clientHeight
	});

	function push() {
		if (!alive || !styleReady) return;
		for (const [id, change] of diffFeatureStates(applied, states)) {
			map.setFeatureState({ source: 'countries', id }, change);
			if (hasMarker.has(id)) map.setFeatureState({ source: 'markers', id }, change);
		}
		applied = states;
	}

	function pushFocus(previous: string | null) {
		if (!alive || !styleReady) return;
		if (previous) map.setFeatureState({ source: 'countries', id: previous }, { focused: false });
		if (focused) map.setFeatureState({ source: 'countries', id: focused }, { focused: true });
	}

	/** Each marker's own place (its state), before spreading. */
	const home = markers.features.flatMap((f) =>
		f.geometry.type === 'Point'
			? [
					{
						feature: f,
						iso3: String(f.properties?.iso3 ?? ''),
						at: f.geometry.coordinates as [number, number]
					}
				]
			: []
	);
	/**
	 * Tiny neighbours' markers moved apart to MARKER_GAP px at the current zoom (as the static
	 * map does), with leader lines back to their states; zoomed in, they return home.
	 */
	function spread() {
		if (!alive || !styleReady) return;
		const onScreen = home.map(({ iso3, at }) => {
			const p = map.project(at);
			return { iso3, x: p.x, y: p.y };
		});
		const placed = spreadMarkers(onScreen, MARKER_GAP);
		const features: Feature<Point>[] = [];
		const leaders: Feature[] = [];
		for (const [i, { at, feature, iso3 }] of home.entries()) {
			const p = placed[i]!;
			const moved = Math.hypot(p.x - onScreen[i]!.x, p.y - onScreen[i]!.y) > 1;
			const { lng, lat } = map.unproject([p.x, p.y]);
			const coordinates: [number, number] = moved ? [lng, lat] : at;
			features.push({ ...feature, geometry: { type: 'Point', coordinates } } as Feature<Point>);
			if (iso3 === SUBJECT_ISO3) subjectMarker?.setLngLat(coordinates);
			if (moved) {
				leaders.push({
					type: 'Feature',
					properties: {},
					geometry: { type: 'LineString', coordinates: [at, [lng, lat]] }
				});
			}
		}
		(map.getSource('markers') as GeoJSONSource | undefined)?.setData({
			type: 'FeatureCollection',
			features
		});
		// What the static map's leader lines are counted against (tests, and a reader's devtools).
		options.container.dataset.leaders = String(leaders.length);
		(map.getSource(LEADER_SOURCE) as GeoJSONSource | undefined)?.setData({
			type: 'FeatureCollection',
			features: leaders
		});
	}

	/** The subject's name: a DOM marker (the style has no glyphs), coloured like the SVG's. */
	const subjectLabel = document.createElement('span');
	subjectLabel.className = 'subject-label-gl';
	subjectLabel.textContent = SUBJECT_NAME;
	subjectLabel.addEventListener('click', (event) => {
		event.stopPropagation();
		options.onclick(SUBJECT_ISO3);
	});
	let subjectMarker: import('maplibre-gl').Marker | null = null;
	const subjectAt = markers.features.find((f) => f.properties?.iso3 === SUBJECT_ISO3)?.geometry;
	function paintLabel() {
		const c = MAP_THEMES[theme];
		subjectLabel.style.color = c.subject;
		subjectLabel.style.textShadow = `0 0 2px ${c.casing}, 0 0 3px ${c.casing}`;
	}
	paintLabel();

	/** Applies the theme's colours to a drawn style (a style still loading gets them on load). */
	function paintTheme() {
		paintLabel();
		if (!alive || !styleReady) return;
		for (const [layer, properties] of Object.entries(themePaint(theme))) {
			for (const [name, value] of Object.entries(properties)) {
				map.setPaintProperty(layer, name as Parameters<MapLibreMap['setPaintProperty']>[1], value);
			}
		}
	}

	/** The country under a point: a marker's dot, else the shape, else a marker in reach. */
	function countryAt(x: number, y: number): string | null {
		const r = MARKER_HIT_RADIUS;
		const hits = map.queryRenderedFeatures(
			[
				[x - r, y - r],
				[x + r, y + r]
			],
			{ layers: [CLICK_LAYERS.markers] }
		);
		const near = hits.flatMap((f) => {
			if (f.geometry.type !== 'Point') return [];
			const p = map.project(f.geometry.coordinates as [number, number]);
			return [{ iso3: String(f.properties.iso3), x: p.x, y: p.y, r: 5.5 }];
		});
		const shape = map.queryRenderedFeatures([x, y], { layers: [CLICK_LAYERS.countries] })[0];
		const iso3 = shape?.properties.iso3;
		return pickNearest(x, y, near, typeof iso3 === 'string' ? iso3 : null, r);
	}

	function build(view: View) {
		const m = new maplibre.Map({
			container: options.container,
			style: mapStyle(countries, markers, theme),
			center: view.center,
			zoom: view.zoom,
			// One copy of the world, never zoomed out past it (view.ts: constrainView).
			renderWorldCopies: false,
			transformConstrain: (lngLat, zoom) => {
				const v = constrainView(
					{ center: [lngLat.lng, lngLat.lat], zoom },
					size(),
					options.insets()
				);
				return { center: new maplibre.LngLat(v.center[0], v.center[1]), zoom: v.zoom };
			},
			minZoom: -3,
			maxZoom: MAX_ZOOM,
			cooperativeGestures: cooperative,
			dragRotate: false,
			pitchWithRotate: false,
			touchPitch: false,
			maxPitch: 0,
			attributionControl: {
				compact: true,
				customAttribution: 'Boundaries: Natural Earth via world-atlas'
			}
		});
		map = m;
		applied = {};
		alive = true;
		styleReady = false;
		if (subjectAt?.type === 'Point') {
			subjectMarker = new maplibre.Marker({ element: subjectLabel, anchor: 'left', offset: [9, 0] })
				.setLngLat(subjectAt.coordinates as [number, number])
				.addTo(m);
		}
		m.touchZoomRotate.disableRotation();
		m.keyboard.disable(); // WorldMap's own keys: arrows move between countries
		m.on('error', (event) => console.error('map:', event.error));
		/** Paints every layer's state from scratch: on first load, and when the context is back. */
		const drawAll = () => {
			styleReady = true;
			spread();
			paintTheme();
			push();
			pushFocus(null);
		};
		/** Hands the view to MapLibre once it has drawn (unless it was removed or lost meanwhile). */
		const goLiveWhenDrawn = () =>
			m.once('idle', () => {
				if (!removed && alive) options.onlive(true);
			});
		m.once('load', drawAll);
		goLiveWhenDrawn();
		m.on('moveend', (event) => options.onmove(viewOf(m), event.originalEvent !== undefined));
		m.on('zoomend', spread);
		m.on('click', (event: MapMouseEvent) => {
			const iso3 = countryAt(event.point.x, event.point.y);
			if (iso3) options.onclick(iso3);
		});
		m.on('mousemove', (event: MapMouseEvent) => {
			const iso3 = countryAt(event.point.x, event.point.y);
			m.getCanvas().style.cursor = iso3 ? 'pointer' : '';
			options.onhover(iso3, event.point.x, event.point.y);
		});
		m.on('mouseout', () => options.onhover(null, 0, 0));
		m.on('movestart', () => options.onhover(null, 0, 0));
		m.on('webglcontextlost', () => {
			// The SVG takes over at once, at the same view; nothing is written to the dead map.
			alive = false;
			styleReady = false;
			options.onlive(false);
		});
		m.on('webglcontextrestored', () => {
			// MapLibre rebuilt the layers from its snapshot but not the feature-state: push every
			// colour again (nothing is diffed against the lost state), then hand back when drawn.
			alive = true;
			applied = {};
			if (pending) m.jumpTo({ center: pending.center, zoom: pending.zoom });
			pending = null;
			const redraw = () => {
				drawAll();
				goLiveWhenDrawn();
				m.triggerRepaint();
			};
			// The snapshot's style may load before or after this event.
			if ((m as unknown as { style?: { _loaded?: boolean } }).style?._loaded) redraw();
			else m.once('style.load', redraw);
		});
	}

	build(options.view);

	return {
		setStates(next) {
			states = next;
			push();
		},
		setFocused(iso3) {
			const previous = focused;
			focused = iso3;
			pushFocus(previous);
		},
		setTheme(next) {
			theme = next;
			paintTheme();
		},
		setCooperative(next) {
			cooperative = next;
			if (next) map.cooperativeGestures.enable();
			else map.cooperativeGestures.disable();
		},
		moveTo(view, instant = false) {
			if (!alive) {
				pending = view;
				return;
			}
			const padding = { top: 0, right: 0, bottom: 0, left: 0 };
			const target = { center: view.center, zoom: view.zoom, padding };
			if (instant) map.jumpTo(target);
			else map.flyTo({ ...target, duration: 800, essential: false });
		},
		zoomBy(delta, around) {
			if (!alive) return;
			map.easeTo({
				zoom: map.getZoom() + delta,
				around: around ? map.unproject(around) : undefined,
				duration: 300
			});
		},
		getView: () => viewOf(map),
		isMoving: () => alive && map.isMoving(),
		remove() {
			removed = true;
			alive = false;
			map.remove();
		}
	};
}
