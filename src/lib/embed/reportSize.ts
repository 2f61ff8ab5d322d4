import { ampSizeMessage, sizeMessage } from './embedMessages';
import { postToHost } from './postToHost';

/**
 * Attachment for the embed's outermost element: while the page is framed, posts the element's
 * height to the host (the namespaced message for static/embed.js, and AMP's `embed-size`)
 * whenever it changes, through a ResizeObserver. Returns the cleanup.
 * @example <main {@attach reportSize}>…</main>
 */
export function reportSize(element: HTMLElement): (() => void) | void {
	if (window.parent === window) return;
	let last = -1;
	const observer = new ResizeObserver(() => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		postToHost(sizeMessage(height));
		postToHost(ampSizeMessage(height));
	});
	observer.observe(element, { box: 'border-box' });
	return () => observer.disconnect();
}
