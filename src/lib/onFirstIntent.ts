/** What counts as the reader starting to use the page: a pointer moved or pressed, a key, a focus, a scroll. */
export const INTENT_EVENTS = [
	'pointermove',
	'pointerdown',
	'touchstart',
	'keydown',
	'focusin',
	'wheel',
	'scroll'
] as const;

/**
 * Runs `task` once, at the reader's first sign of using the page (`INTENT_EVENTS`, seen on
 * `target` before any element handles them), so that work only a reader needs (data fetched
 * for the panel, its warm-up) stays out of the load: a page nobody touches runs none of it.
 * Returns a function that cancels it.
 * @example onMount(() => onFirstIntent(() => void loadExtras()));
 */
export function onFirstIntent(task: () => void, target: EventTarget = window): () => void {
	const options = { capture: true, passive: true } as const;
	const cancel = () => {
		for (const type of INTENT_EVENTS) target.removeEventListener(type, run, options);
	};
	function run() {
		cancel();
		task();
	}
	for (const type of INTENT_EVENTS) target.addEventListener(type, run, options);
	return cancel;
}
