/**
 * Turns for the parts of a page that hydrate after the rest (`Deferred.svelte`). Svelte hydrates
 * a page in one task; on the home page that task was the longest of the load (20–25 ms here, 4×
 * that on the mobile preset's phone). A deferred part waits for its turn: each turn is a task of
 * its own, after the page's first hydration and after the turn before it, so the browser can
 * paint and answer input in between. The server's HTML shows, unchanged, while a part waits.
 *
 * Once every turn of the first hydration has passed, a part mounted later (a client-side
 * navigation, a part that appears on the reader's action) gets `true` at once: it renders with
 * the rest.
 * @example const ready = browser ? await hydrationTurn() : true;
 */
export function hydrationTurn(): Promise<true> | true {
	if (!firstHydration) return true;
	const turn = (last ?? Promise.resolve()).then(
		() => new Promise<true>((resolve) => setTimeout(() => resolve(true), 0))
	);
	last = turn;
	void turn.then(() => {
		if (last === turn) firstHydration = false;
	});
	return turn;
}

/**
 * Resolves once every part given a turn so far has hydrated: the page answers everywhere (its
 * `data-hydrated`, which the browser tests wait for). A task after the last turn, so that
 * Svelte's own promises in that turn (the part's hydration) have all run.
 * @example onMount(() => void hydrationDone().then(() => (interactive = true)));
 */
export async function hydrationDone(): Promise<void> {
	await last;
	await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The last turn given out (null before the first). */
let last: Promise<true> | null = null;
/** True until the last turn given out during the page's first hydration has passed. */
let firstHydration = true;
