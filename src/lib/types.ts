/**
 * Shared types: the contract between the build-time pipeline (scripts/build-data.ts),
 * the generated data (src/lib/server/generated/countries.json) and the app.
 */

/** The four relation attributes, by their stable ids (map, tests and tools rely on them). */
export const ATTRIBUTE_IDS = [
	'recognizesIsrael',
	'recognizesPalestine',
	'palestinianMission',
	'missionToPalestine'
] as const;

/** Id of one relation attribute. */
export type AttributeId = (typeof ATTRIBUTE_IDS)[number];

/** Allowed values of each attribute; `unknown` is always an honest answer. */
export const ATTRIBUTE_VALUES = {
	recognizesIsrael: ['yes', 'no', 'unknown'],
	recognizesPalestine: ['yes', 'no', 'unknown'],
	palestinianMission: ['embassy', 'other', 'none', 'unknown'],
	missionToPalestine: ['resident', 'non-resident', 'none', 'unknown']
} as const satisfies Record<AttributeId, readonly string[]>;

/** A value of attribute `A`. */
export type AttributeValueOf<A extends AttributeId> = (typeof ATTRIBUTE_VALUES)[A][number];

/** Where a value was read: the article's infobox, its prose, or the curated facts table. */
export type Source = 'infobox' | 'text' | 'facts';

/** A date as precise as its source: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type PartialDate = string;

/** One sourced reading of an attribute, before merging. */
export interface Reading {
	value: string;
	/** When the State of Palestine was recognised (recognizesPalestine only). */
	date?: PartialDate;
	/** City of the mission (mission attributes only). */
	city?: string;
	/** Absent only when `value` is `unknown`. */
	source?: Source;
	/**
	 * Verbatim: the article sentence or infobox line (`- Mission1: …`) the value rests on;
	 * for `facts`, the facts table's cell values as written in the row.
	 */
	evidence?: string;
	/** 1-based line in the article or facts file where the evidence stands. */
	line?: number;
	/** For `facts`: the row's source tags for this attribute (e.g. "AJ-WAFA; WP-PS"). */
	cite?: string;
	/** For `facts`: the date the facts table is current to (e.g. "2026-03"). */
	asOf?: string;
	/**
	 * Words beside the value worth telling a reader: for an article, how it was read (e.g. an
	 * infobox mission filed under the other party's slot); for `facts`, the table's own words
	 * (a mission's name, a note, the Israel relations note).
	 */
	note?: string;
	/** For `facts`: the table the reading comes from, when it is not data/facts.csv. */
	file?: string;
}

/**
 * A value as the map, its legend and the counts need it: no source, city or quote (the map
 * pages carry only this in their HTML; the rest comes with the full index).
 */
export type MapReading = Pick<Reading, 'value' | 'date'>;

/** The merged value shown on the map, with what else was said about it. */
export interface Attribute extends Reading {
	/**
	 * Set when the article and the facts table disagree: the article's reading, which the facts
	 * table overrode. The panel shows both.
	 */
	conflict?: Reading;
	/**
	 * Set when the article and the facts table agree: the reading not shown as the value (the
	 * article's quote when the table's dated reading is shown, or the reverse), so the panel
	 * can show both sources.
	 */
	agreement?: Reading;
}

/** One `- Key: value` infobox row, kept in article order. */
export interface InfoboxRow {
	key: string;
	/** Human label, e.g. "Mission of Bangladesh", "Envoy of Palestine". */
	label: string;
	value: string;
	/** Layout rows (Map, Filetype, Flagvariant1, …): kept, but not shown as content. */
	meta?: boolean;
	line: number;
}

/** A content section, in article order. */
export interface Section {
	title: string;
	/** Number of `=` in the heading: `==History==` is 2, `=== Sub ===` is 3. */
	level: number;
	text: string;
}

/** The parsed article, as published. */
export interface Article {
	/** File name relative to the articles directory. */
	file: string;
	title: string;
	/** The whole lead: paragraphs before the first heading, without title line or infobox. */
	summary: string;
	infobox: InfoboxRow[];
	sections: Section[];
	seeAlso: string[];
	externalLinks: string[];
}

/** One country as the app sees it. */
export interface CountryRecord {
	/** ISO 3166-1 alpha-3 (Kosovo: XKX). */
	iso3: string;
	/** Common English name. */
	name: string;
	/** Other names a reader may type (Turkey/Türkiye, Burma/Myanmar, …). */
	aliases: string[];
	article: Article | null;
	attributes: Record<AttributeId, Attribute>;
	/** Content warnings for this country (printed by the build, listed on the about page). */
	warnings: string[];
	/** Its UN M49 region and today's blocs; set by the build for every country. */
	groups?: CountryGroups;
	/** Set for states that came into being after the 1988 declaration (data/statehood.csv). */
	statehood?: Statehood;
	/** See-also items that name a page of this atlas, with its address (set where it is served). */
	seeAlsoLinks?: Record<string, string>;
}

/** The kinds of grouping: the UN M49 geoscheme's three levels, political blocs, UN regional groups. */
export const GROUP_KINDS = ['region', 'subregion', 'intermediate', 'bloc', 'un-group'] as const;

/** Kind of a grouping. */
export type GroupKind = (typeof GROUP_KINDS)[number];

/**
 * A state's standing in a grouping during one period. Observers are shown but never counted;
 * suspended members are counted (they are still states of the group) and shown as suspended.
 */
export type MembershipStatus = 'member' | 'suspended' | 'observer';

/**
 * One period of one state in a grouping. A state whose standing changed has one membership per
 * period (Syria in the Arab League: member until 2011-11, suspended, member again from 2023-05).
 */
export interface Membership {
	iso3: string;
	status: MembershipStatus;
	/** First day of the period; absent: not recorded (counted in every year). */
	since?: PartialDate;
	/** First day after the period (left, suspended, readmitted); absent: still in force. */
	until?: PartialDate;
	/** Why the standing changed or what is unusual, in our words. */
	note?: string;
}

/** Where a grouping's membership list comes from. */
export interface GroupSource {
	/** Title of the source, e.g. "NATO: Member countries". */
	cite: string;
	url?: string;
	/** The date the list is current to (YYYY-MM or YYYY-MM-DD). */
	asOf: PartialDate;
}

/** A grouping of states: an M49 region, a bloc or a UN regional group. */
export interface Group {
	/** Stable id used in URLs (`africa`, `western-asia`, `arab-league`, `un-weog`, …). */
	id: string;
	/** Human name, e.g. "Arab League", "Western Asia". */
	name: string;
	kind: GroupKind;
	/** The id of the M49 region or sub-region this one lies in (sub-regions and intermediates). */
	parent?: string;
	/** Member states today, suspended ones included, Palestine and observers excluded. */
	size: number;
	/** Every membership period, sorted by iso3 then date. */
	members: Membership[];
	source: GroupSource;
	/** What the list leaves out or finds doubtful (non-state members, ambiguous cases). */
	note?: string;
}

/** A country's M49 places and today's blocs, by group id. */
export interface CountryGroups {
	/** M49 region id (`asia`); null only for a state the geoscheme does not place. */
	region: string | null;
	subregion: string | null;
	/** M49 intermediate region id (`western-africa`), where the geoscheme has one. */
	intermediate: string | null;
	/** Ids of the blocs and UN groups it belongs to today (member or suspended), in list order. */
	blocs: string[];
}

/** When a state that did not exist on 15 November 1988 became one (data/statehood.csv). */
export interface Statehood {
	/** The date it became a state: `YYYY-MM-DD` (or less precise). */
	since: PartialDate;
	/** What it came from, in words ("the Soviet Union", "Czechoslovakia"). */
	predecessor: string;
	/**
	 * True when the atlas treats the state as continuing its predecessor: a state in every year,
	 * its recognition counted from its (the predecessor's) date. Russia, Czechia, Serbia, ….
	 */
	continuous: boolean;
	/** Source tags (data/sources.csv), separated by `;`. */
	cite: string;
}

/** One source the facts tables cite, by its tag (data/sources.csv). */
export interface SourceInfo {
	tag: string;
	title: string;
	/** Absent when no address was found. */
	url?: string;
	publisher: string;
	/** Its date, revision or when it was read, in the table's words ("rev. 2025-03"). */
	date: string;
}

/** A problem found while building the data. Errors fail the build; warnings print. */
export interface Problem {
	severity: 'error' | 'warning';
	file: string;
	/** 1-based; 0 when the problem is the file or folder as a whole (it cannot be read). */
	line: number;
	message: string;
	/** What to do about it: "did you mean …?", "rename or remove one of …". */
	hint?: string;
}

/** The whole output of `npm run build:data`. */
export interface AtlasData {
	/** Sorted by iso3. */
	countries: CountryRecord[];
	/** M49 regions, sub-regions and intermediates, then blocs and UN groups (data/groups.csv). */
	groups: Group[];
	problems: Problem[];
	/** The facts tables' sources by tag (data/sources.csv); absent when built without them. */
	sources?: Record<string, SourceInfo>;
}
