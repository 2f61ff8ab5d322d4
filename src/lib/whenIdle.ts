/**
 * Runs `task` when the main thread is idle (at the latest after `timeout` ms; after a short
 * delay where the browser has no idle callback), so work the reader does not need yet stays out
 * of the page's long tasks. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
	if ('requestIdleCallback' in window) {
		const id = requestIdleCallback(task, { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(task, Math.min(timeout, 500));
	return () => clearTimeout(id);
}
