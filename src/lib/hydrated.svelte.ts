import { onMount } from 'svelte';
import { hydrationDone } from './hydrationTurn';

/**
 * Whether every part of the page has hydrated, the deferred ones too (`Deferred.svelte`): what
 * a page's `data-hydrated` says, and what the browser tests wait for. Made in a component's
 * script, where `onMount` may be called.
 * @example const hydrated = new Hydrated(); // <div data-hydrated={hydrated.current ? '' : undefined}>
 */
export class Hydrated {
	current = $state(false);

	constructor() {
		onMount(() => void hydrationDone().then(() => (this.current = true)));
	}
}
