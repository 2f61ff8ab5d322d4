import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { atlasToAbout } from '$lib/server/atlasToAbout';
import { ATLAS } from '$lib/server/testAtlas';
import type { AtlasData } from '$lib/types';
import AboutPage from './+page.svelte';

const README =
	'## Source tags\n\n- `WP-IL`: Wikipedia, Israel\n\n## Doubts\n\n- **Turkey:** a doubt\n';

/** The page's server-rendered HTML for an atlas, comments dropped. */
function html(atlas: AtlasData): string {
	const data = atlasToAbout(atlas, README);
	// svelte/server renders with the props a route receives; the page reads only `data`.
	const { body } = render(AboutPage, { props: { data, params: {} } as never });
	return body.replace(/<!--.*?-->/g, '');
}

const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the About page', () => {
	it('lists a conflict: the state linked to the map, both values and both sources', () => {
		const page = html(ATLAS);
		expect(page).toContain('<a href="/?country=BHR">Bahrain</a>');
		const row = text(
			page.slice(
				page.indexOf('/?country=BHR'),
				page.indexOf('</tr>', page.indexOf('/?country=BHR'))
			)
		);
		expect(row).toMatch(/Recognises Israel/);
		expect(row).toMatch(
			/No .*Bahrain said "no", then yes\..* Yes .*\(WP-IL 2024-06, as of 2026-03\)/
		);
		expect(page).not.toContain('None: every article agrees');
	});

	it('says so when there is no conflict', () => {
		const agreeing: AtlasData = {
			...ATLAS,
			countries: ATLAS.countries.map((c) => ({
				...c,
				attributes: Object.fromEntries(
					Object.entries(c.attributes).map(([id, a]) => [id, { ...a, conflict: undefined }])
				) as typeof c.attributes
			}))
		};
		const page = html(agreeing);
		expect(page).toContain('None: every article agrees with the facts table.');
		expect(page).not.toContain('/?country=BHR"');
	});

	it('says which set of states each count is of: all on the map, and the UN members alone', () => {
		// TUR (a UN member) recognises Palestine in the test atlas; BHR's value is unknown.
		const page = text(html(ATLAS));
		expect(page).toContain(
			"Each count covers all 2 states on the map, as the legend's do. Among the 2 UN members alone, 1 recognise the State of Palestine (1 of all 2 states)."
		);
	});

	it('shows source tags as titled links: in the conflicts and in the list of every source', () => {
		const sources = {
			'WP-IL': {
				tag: 'WP-IL',
				title: 'International recognition of Israel',
				url: 'https://en.wikipedia.org/wiki/International_recognition_of_Israel',
				publisher: 'Wikipedia',
				date: 'rev. 2024-06'
			}
		};
		const page = html({ ...ATLAS, sources });
		const link =
			'<a href="https://en.wikipedia.org/wiki/International_recognition_of_Israel" rel="external noopener noreferrer">International recognition of Israel</a>';
		const row = page.slice(
			page.indexOf('/?country=BHR'),
			page.indexOf('</tr>', page.indexOf('/?country=BHR'))
		);
		expect(row).toContain(link);
		expect(text(row)).toContain('(Wikipedia, rev. 2024-06) 2024-06, as of 2026-03)');
		expect(text(row)).not.toContain('WP-IL');
		expect(page.split(link)).toHaveLength(3);
	});
});
