import { mount, unmount, type Component } from 'svelte';
import type { CountryIndexEntry } from '$lib/state/types';
import type { AttributeId, SourceInfo } from '$lib/types';
import { whenIdle } from '$lib/whenIdle';
import AttributeDetail from './AttributeDetail.svelte';
import CountryPanel from './CountryPanel.svelte';

/** Renders `component` into an element never added to the document, then discards it. */
function renderDetached<P extends Record<string, unknown>>(component: Component<P>, props: P) {
	void unmount(mount(component, { target: document.createElement('div'), props }));
}

/** Runs `steps` one idle moment each, so that none makes a long task; returns a cancel function. */
function stepsWhenIdle(steps: (() => void)[]): () => void {
	let cancel = () => {};
	const next = () => {
		steps.shift()?.();
		if (steps.length) cancel = whenIdle(next, 5000);
	};
	cancel = whenIdle(next, 5000);
	return () => cancel();
}

/**
 * Renders a country's panel once, into an element that is never added to the document, when the
 * browser is idle after the page has loaded, and throws it away: the first click on the map then
 * finds the panel's code compiled and its templates built, where it used to pay for both in the
 * click. Nothing reaches the page (no layout, nothing a screen reader or a test could find).
 * The country should have an article and values from both the article and the facts tables, so
 * that most of the panel's branches run. Returns a function that cancels it (call it on unmount).
 * @example onMount(() => warmUpPanel(data.countries, data.sources));
 */
export function warmUpPanel(
	countries: readonly CountryIndexEntry[],
	sources: Record<string, SourceInfo>
): () => void {
	const kinds = (c: CountryIndexEntry) =>
		new Set(Object.values(c.attributes).map((a) => a.source)).size;
	const entry = countries
		.filter((c) => c.hasArticle)
		.reduce<CountryIndexEntry | undefined>(
			(a, b) => (a && kinds(a) >= kinds(b) ? a : b),
			undefined
		);
	if (!entry || typeof window === 'undefined') return () => {};
	return stepsWhenIdle([
		// Each value with its source first (the larger part), then the panel around them.
		() => {
			for (const [id, attribute] of Object.entries(entry.attributes))
				renderDetached(AttributeDetail, { attribute, id: id as AttributeId, sources });
		},
		() =>
			renderDetached(CountryPanel, {
				entry,
				detail: null,
				sources,
				onclose: () => {},
				// Never shown: only so that the list's code runs too.
				peers: [{ name: entry.name, href: '/' }],
				peersCompareHref: '/'
			})
	]);
}
