/**
 * Posts a message to the page that frames the embed; does nothing when the embed is not framed.
 * The messages say nothing private, and the host's origin is unknown, so any origin may read them.
 */
export function postToHost(message: object): void {
	if (typeof window === 'undefined' || window.parent === window) return;
	window.parent.postMessage(message, '*');
}
