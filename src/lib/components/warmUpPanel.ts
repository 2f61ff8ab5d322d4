import { mount, unmount, type Component } from 'svelte';
import type { CountryIndexEntry } from '$lib/state/types';
import type { AttributeId, SourceInfo } from '$lib/types';
import { whenIdle } from '$lib/whenIdle';
import AttributeDetail from './AttributeDetail.svelte';
import CountryPanel from './CountryPanel.svelte';

/**
 * Renders `component` into a hidden element, lays it out once (when `layOut`) and discards it,
 * all in one task: the element is in the document only between two lines of this function, so
 * no frame, screen reader or test ever meets it.
 */
function renderOnce<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	layOut = false
) {
	const target = document.createElement('div');
	target.inert = true;
	target.setAttribute('aria-hidden', 'true');
	target.style.cssText =
		'position:fixed;left:0;top:0;width:24rem;height:40rem;visibility:hidden;contain:strict';
	const instance = mount(component, { target, props });
	if (layOut) {
		document.body.append(target);
		// Fonts and text shaping warm up here rather than in the first click's layout.
		target.getBoundingClientRect();
		target.firstElementChild?.getBoundingClientRect();
		target.remove();
	}
	void unmount(instance);
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
 * Renders a country's panel once, hidden, when the browser is idle after the page has loaded,
 * lays it out and throws it away: the first click on the map then finds the panel's code
 * compiled, its templates built and its fonts shaped, where it used to pay for all three in the
 * click. It is in the document only within one task (no frame shows it; no screen reader or
 * test can find it). The country should have an article and values from both the article and
 * the facts tables, so that most of the panel's branches run. Returns a function that cancels
 * it (call it on unmount).
 * @example $effect(() => warmUpPanel(atlas.entries, sources)); // once both have been fetched
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
		// Each value with its source first (the larger part), one idle moment each so that no
		// step is a long task, then the panel around them.
		...Object.entries(entry.attributes).map(
			([id, attribute]) =>
				() =>
					renderOnce(AttributeDetail, { attribute, id: id as AttributeId, sources })
		),
		() =>
			renderOnce(
				CountryPanel,
				{
					entry,
					detail: null,
					sources,
					onclose: () => {},
					// Never shown: only so that the list's code runs too.
					peers: [{ name: entry.name, href: '/' }],
					peersCompareHref: '/'
				},
				true
			)
	]);
}
