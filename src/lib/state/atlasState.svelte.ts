import { getContext, setContext } from 'svelte';
import { colorScale, type MapScale } from '$lib/map/colorScale';
import { membersIn } from '$lib/regions/membersIn';
import { membersToCounts } from '$lib/regions/membersToCounts';
import type { GroupCounts } from '$lib/regions/types';
import type { CountryRecord, Group } from '$lib/types';
import { describeValue } from './describeValue';
import { displayValue } from './displayValue';
import { DEFAULT_PICKER_ID } from './labels';
import { legendEntries, type LegendEntry } from './legendEntries';
import { legendScope } from './legendScope';
import { parseUrlState } from './parseUrlState';
import type { CountryIndexEntry, DisplayValue, MapCountry, UrlState } from './types';
import { urlStateToSearch } from './urlStateToSearch';

/**
 * What the state needs from its host: the data, the clock, and the URL to read and write.
 * `C` is what the page carries of each country: the map pages' values (MapCountry), or a page's
 * full index entries.
 */
export interface AtlasStateOptions<C extends MapCountry = MapCountry> {
	countries: C[];
	currentYear: number;
	/** The current URL, or null while prerendering (then the default view is shown). */
	getUrl: () => URL | null;
	/** Go to `search` (a query string, `''` for the default view); `replace` keeps history. */
	navigate: (search: string, replace: boolean) => Promise<void> | void;
	/** Fetches one country's full record (article included). */
	fetchCountry?: (iso3: string) => Promise<CountryRecord>;
	/** Fetches every country's full index entry: the values' sources, search names, leads. */
	fetchIndex?: () => Promise<CountryIndexEntry[]>;
	/** The regions and groups `?region=` may name (none: the world only). */
	groups?: Group[];
}

/**
 * The atlas' shared view state. The URL is the single source of truth for the attribute, the
 * selected country and the year; everything else is derived from it and the data.
 */
export class AtlasState<C extends MapCountry = MapCountry> {
	readonly countries: C[];
	readonly byIso3: Map<string, C>;
	readonly currentYear: number;
	/** The regions and groups `?region=` may name; the embed sets them when its URL names one. */
	groups: Group[] = $state.raw([]);
	groupById: Map<string, Group> = $derived(new Map(this.groups.map((g) => [g.id, g])));
	/** Key of the legend entry hovered, focused or pinned, or null. */
	highlightKey = $state<string | null>(null);
	/**
	 * Full records fetched so far, by ISO3. Raw (replaced, never changed in place): a record is
	 * read as it is, not wrapped in a proxy per object of its article.
	 */
	details: Record<string, CountryRecord> = $state.raw({});
	/** ISO3s whose full record failed to load. */
	failed: Record<string, true> = $state.raw({});
	/**
	 * Every country's full index entry (each value with its source), once fetched (`loadIndex`);
	 * null until then. The panel, the table and the embed's selection show a value in words
	 * only with its source, so they wait for it.
	 */
	entries: CountryIndexEntry[] | null = $state.raw(null);
	/** True while the last attempt to fetch the full index has failed (the next one retries). */
	entriesFailed = $state(false);
	#entryByIso3: Map<string, CountryIndexEntry> | null = $derived(
		this.entries && new Map(this.entries.map((entry) => [entry.iso3, entry]))
	);
	#entriesPending: Promise<void> | null = null;

	#options: AtlasStateOptions<C>;
	#known: Set<string>;
	#knownRegions: Set<string> = $derived(new Set(this.groupById.keys()));
	#pending = new Map<string, Promise<CountryRecord | null>>();
	/**
	 * The view just asked for, shown at once while the router catches up (so a click opens the
	 * panel in the same frame); cleared when the navigation settles, after which the URL rules.
	 */
	#optimistic = $state.raw<UrlState | null>(null);

	constructor(options: AtlasStateOptions<C>) {
		this.#options = options;
		this.countries = options.countries;
		this.currentYear = options.currentYear;
		this.byIso3 = new Map(options.countries.map((c) => [c.iso3, c]));
		this.#known = new Set(this.byIso3.keys());
		this.groups = options.groups ?? [];
	}

	/** The view the URL describes (defaults when there is no URL yet). */
	view: UrlState = $derived.by(() => {
		if (this.#optimistic) return this.#optimistic;
		const url = this.#options.getUrl();
		if (!url)
			return { attr: DEFAULT_PICKER_ID, country: null, year: this.currentYear, region: null };
		return parseUrlState(url.searchParams, this.#known, this.currentYear, this.#knownRegions);
	});

	/**
	 * The view's attribute and year on their own: selecting a country makes a new view, but as
	 * these stay equal, the values, colours and legend below are not computed (nor the map's
	 * 197 fills re-checked) again.
	 */
	#attr = $derived(this.view.attr);
	#year = $derived(this.view.year);

	/** The colour scale of the chosen attribute. */
	scale: MapScale = $derived.by(() => colorScale(this.#attr, this.currentYear));

	/** Each country's display value for the chosen attribute and year. */
	values: Record<string, DisplayValue> = $derived.by(() => {
		const [attr, year] = [this.#attr, this.#year];
		return Object.fromEntries(
			this.countries.map((c) => [
				c.iso3,
				displayValue(c.attributes, attr, year, this.currentYear, c.statehood)
			])
		);
	});

	/** Fill colour per ISO3, for the map. */
	fills: Record<string, string> = $derived.by(() => {
		const scale = this.scale;
		return Object.fromEntries(
			Object.entries(this.values).map(([iso3, value]) => [iso3, scale.colorOf(value)])
		);
	});

	/** The region the view is narrowed to, or null for the world. */
	region: Group | null = $derived.by(() =>
		this.view.region ? (this.groupById.get(this.view.region) ?? null) : null
	);

	/**
	 * The region's members counted on the chosen attribute (recognition of Palestine for the
	 * recognition year), in the chosen year for the attributes the year control applies to, else
	 * today; Palestine is listed, never counted, and so is a member not yet a state in the year.
	 * Null for the world.
	 */
	regionCounts: GroupCounts | null = $derived.by(() => {
		const region = this.region;
		if (!region) return null;
		const [attr, year] = [this.#attr, this.#year];
		const byYear = attr === 'recognizesPalestine' || attr === 'recognitionYear';
		return membersToCounts(
			region,
			this.byIso3,
			attr === 'recognitionYear' ? 'recognizesPalestine' : attr,
			{
				year: byYear && year < this.currentYear ? year : undefined,
				currentYear: this.currentYear
			}
		);
	});

	/** Every member of the region in the chosen year (Palestine included): the map fits them. */
	regionShown: string[] | null = $derived(this.regionCounts?.members.map((m) => m.iso3) ?? null);

	/** "Arab League · 21 states and Palestine" (", 5 not yet states" in a past year), or null. */
	regionTitle: string | null = $derived.by(() => {
		const counts = this.regionCounts;
		if (!counts || !this.region) return null;
		const palestine = counts.members.some((m) => m.reason === 'palestine');
		const states = `${counts.total} ${counts.total === 1 ? 'state' : 'states'}`;
		const n = counts.notYet.length;
		const notYet = n ? `, ${n} not yet ${n === 1 ? 'a state' : 'states'}` : '';
		return `${this.region.name} · ${states}${palestine ? ' and Palestine' : ''}${notYet}`;
	});

	/**
	 * Legend entries with counts: of the region's counted members (and those not yet a state,
	 * under "Not yet a state", as the world's legend shows them), or of the world.
	 */
	legend: LegendEntry[] = $derived.by(() => {
		const counts = this.regionCounts;
		if (!counts) return legendEntries(this.scale.bins, this.values);
		const counted = counts.members
			.filter((m) => m.counted || m.reason === 'not-yet-a-state')
			.map((m) => m.iso3);
		return legendEntries(
			this.scale.bins,
			Object.fromEntries(counted.map((iso3) => [iso3, this.values[iso3] ?? 'unknown']))
		);
	});

	/** Which states the legend counts, in words. */
	scope: string = $derived.by(() =>
		legendScope(this.countries.length, this.legend, this.#year, this.currentYear)
	);

	/** Countries of the highlighted legend entry (following attribute and year), or null. */
	highlighted: string[] | null = $derived.by(
		() => this.legend.find((entry) => entry.key === this.highlightKey)?.iso3s ?? null
	);

	/** The selected country's index entry, or null. */
	selected: C | null = $derived.by(() =>
		this.view.country ? (this.byIso3.get(this.view.country) ?? null) : null
	);

	/** The sub-region and blocs a country belongs to today (its peers), for one-click views. */
	groupsOf(iso3: string): Group[] {
		return this.groups.filter(
			(g) =>
				(g.kind === 'subregion' || g.kind === 'bloc' || g.kind === 'un-group') &&
				membersIn(g).some((m) => m.iso3 === iso3 && m.status !== 'observer')
		);
	}

	/** A country's name, or its code when unknown (accessible names on the map). */
	nameOf(iso3: string): string {
		return this.byIso3.get(iso3)?.name ?? iso3;
	}

	/** A country's value in words for the current view: "recognises Palestine: yes". */
	valueText(iso3: string): string {
		return describeValue(this.scale, this.view.attr, this.values[iso3] ?? 'unknown');
	}

	/** "Pakistan: recognises Palestine: yes" (tooltips and the embed's status), or ''. */
	describe(iso3: string): string {
		const country = this.byIso3.get(iso3);
		return country ? `${country.name}: ${this.valueText(iso3)}` : '';
	}

	/**
	 * Changes the view; attribute and country changes make a history entry, the year does not.
	 * Another attribute ends the legend's highlight (its keys are the old attribute's values).
	 */
	async update(change: Partial<UrlState>, replace = false): Promise<void> {
		const next = { ...this.view, ...change };
		if (next.attr !== this.view.attr) this.highlightKey = null;
		this.#optimistic = next;
		try {
			await this.#options.navigate(urlStateToSearch(next, this.currentYear), replace);
		} finally {
			if (this.#optimistic === next) this.#optimistic = null;
		}
	}

	/** Selects a country (null closes the panel) and starts loading its article. */
	async select(iso3: string | null): Promise<void> {
		if (iso3 === this.view.country) return;
		if (iso3) void this.load(iso3);
		await this.update({ country: iso3 });
	}

	/** A country's full index entry, or null until the index has arrived (`loadIndex`). */
	entryOf(iso3: string): CountryIndexEntry | null {
		return this.#entryByIso3?.get(iso3) ?? null;
	}

	/** Fetches the full index once (again after a failure); safe to call often. */
	loadIndex(): Promise<void> {
		const fetchIndex = this.#options.fetchIndex;
		if (!fetchIndex || this.entries) return Promise.resolve();
		this.#entriesPending ??= fetchIndex().then(
			(entries) => {
				this.entries = entries;
				this.entriesFailed = false;
			},
			(error: unknown) => {
				console.error('country index:', error);
				this.#entriesPending = null;
				this.entriesFailed = true;
			}
		);
		return this.#entriesPending;
	}

	/**
	 * Loads a country's full record once (for countries with an article), and the full index if
	 * not yet here; safe to call often.
	 */
	load(iso3: string): Promise<CountryRecord | null> {
		void this.loadIndex();
		const entry = this.byIso3.get(iso3);
		const fetchCountry = this.#options.fetchCountry;
		if (!entry?.hasArticle || !fetchCountry) return Promise.resolve(null);
		let pending = this.#pending.get(iso3);
		if (!pending) {
			pending = fetchCountry(iso3).then(
				(record) => {
					this.details = { ...this.details, [iso3]: record };
					return record;
				},
				() => {
					this.#pending.delete(iso3);
					this.failed = { ...this.failed, [iso3]: true };
					return null;
				}
			);
			this.#pending.set(iso3, pending);
		}
		return pending;
	}
}

const KEY = Symbol('atlas-state');

/** Makes `state` available to descendant components. */
export function setAtlasState<C extends MapCountry>(state: AtlasState<C>): AtlasState<C> {
	return setContext(KEY, state);
}

/** The AtlasState set by an ancestor (throws when there is none). */
export function getAtlasState(): AtlasState {
	const state = getContext<AtlasState | undefined>(KEY);
	if (!state) throw new Error('getAtlasState() needs setAtlasState() in an ancestor');
	return state;
}
