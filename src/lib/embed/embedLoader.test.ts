// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { sizeMessage } from './embedMessages';
import { SIZE_CASES, SRC_CASES } from './fixtures/messageCases';

const SITE = 'https://atlas.example';
const LOADER = readFileSync('static/embed.js', 'utf8');

/** Runs the loader as if included by `<script src="https://atlas.example/embed.js">`. */
function runLoader() {
	Object.defineProperty(document, 'currentScript', {
		configurable: true,
		get: () => ({ src: `${SITE}/embed.js` })
	});
	new Function(LOADER)();
	// @ts-expect-error jsdom has no currentScript setter; remove the stand-in.
	delete document.currentScript;
}

/** An iframe in the host page with this src. */
function frame(src: string): HTMLIFrameElement {
	const iframe = document.createElement('iframe');
	iframe.src = src;
	iframe.style.height = '150px';
	document.body.append(iframe);
	return iframe;
}

/** Delivers a message to the host window as if `from` posted it. */
function post(data: unknown, from: HTMLIFrameElement | null, origin = SITE) {
	window.dispatchEvent(
		new MessageEvent('message', { data, origin, source: from?.contentWindow ?? null })
	);
}

describe('static/embed.js', () => {
	beforeAll(runLoader);

	it('is small: under 2 KB gzip', () => {
		expect(gzipSync(LOADER).length).toBeLessThan(2048);
	});

	it.each(SIZE_CASES)('message: %s', (_name, data, expected) => {
		const iframe = frame(`${SITE}/embed?attr=recognizesIsrael`);
		post(data, iframe);
		expect(iframe.style.height).toBe(expected === null ? '150px' : `${expected}px`);
	});

	it.each(SRC_CASES)('iframe src %s is sized: %s', (src, expected) => {
		const iframe = frame(src);
		post(sizeMessage(640), iframe);
		expect(iframe.style.height).toBe(expected ? '640px' : '150px');
	});

	it('ignores the right message from another origin, or from a frame it did not come from', () => {
		const iframe = frame(`${SITE}/embed`);
		post(sizeMessage(640), iframe, 'https://evil.example');
		post(sizeMessage(640), iframe, 'http://atlas.example');
		post(sizeMessage(640), null);
		expect(iframe.style.height).toBe('150px');
	});

	it('sizes each embed by its own messages', () => {
		const a = frame(`${SITE}/embed?attr=recognizesIsrael`);
		const b = frame(`${SITE}/embed?attr=palestinianMission`);
		post(sizeMessage(500), a);
		post(sizeMessage(900), b);
		post(sizeMessage(520), a);
		expect([a.style.height, b.style.height]).toEqual(['520px', '900px']);
	});

	it('re-dispatches country and view messages as events on the iframe', () => {
		const iframe = frame(`${SITE}/embed`);
		const seen: unknown[] = [];
		document.addEventListener('pra:select', (e) => seen.push((e as CustomEvent).detail));
		post({ type: 'pra:select', iso3: 'PAK', name: 'Pakistan' }, iframe);
		post({ type: 'pra:select', iso3: 'PAK', name: 'Pakistan' }, iframe, 'https://evil.example');
		expect(seen).toEqual([{ type: 'pra:select', iso3: 'PAK', name: 'Pakistan' }]);
	});

	it('registers once when the page includes it twice', () => {
		runLoader();
		const iframe = frame(`${SITE}/embed`);
		let events = 0;
		iframe.addEventListener('pra:view', () => events++);
		post(
			{ type: 'pra:view', search: '', attr: 'recognizesPalestine', country: null, year: 2026 },
			iframe
		);
		expect(events).toBe(1);
	});
});
