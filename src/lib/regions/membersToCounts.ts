/**
 * The aggregation behind the region views: how a group's members split on one attribute.
 */
import { compareNames } from '../compareNames';
import { existedIn } from '../facts/existedIn';
import { displayValue, NOT_A_STATE } from '../state/displayValue';
import {
	ATTRIBUTE_VALUES,
	type AttributeId,
	type MapReading,
	type Group,
	type Statehood
} from '../types';
import { PALESTINE } from './constants';
import { membersIn } from './membersIn';
import type { GroupCounts, MemberValue, ValueCount } from './types';

/** What the aggregation needs of a country: a CountryRecord or a thin index entry. */
export interface CountryLike {
	iso3: string;
	name: string;
	attributes: Record<AttributeId, MapReading>;
	/** When it became a state, if after 15 November 1988 (data/statehood.csv, see existedIn). */
	statehood?: Statehood;
}

/** Options of `membersToCounts`. */
export interface CountOptions {
	/** Count the members at the end of this year, with recognition as it stood then. */
	year?: number;
	/** The year "now" stands for (default: this year). */
	currentYear?: number;
}

/** The value whose count the summary sentence states, and how it says it. */
const SUMMARY_VALUE: Record<AttributeId, { value: string; one: string; many: string }> = {
	recognizesIsrael: { value: 'yes', one: 'recognises Israel', many: 'recognise Israel' },
	recognizesPalestine: { value: 'yes', one: 'recognises Palestine', many: 'recognise Palestine' },
	palestinianMission: {
		value: 'embassy',
		one: 'hosts a Palestinian embassy',
		many: 'host a Palestinian embassy'
	},
	missionToPalestine: {
		value: 'resident',
		one: 'has a resident mission to Palestine',
		many: 'have a resident mission to Palestine'
	}
};

/** M49 names that read better with "the" after "in". */
const WITH_THE = new Set(['Americas', 'Caribbean']);

/**
 * Counts the values of `attribute` over the members of `group` (today, or at the end of
 * `options.year`). Rules: Palestine is listed as a member where it is one but never counted;
 * observers are listed, not counted; suspended members are counted (still states of the
 * group) and flagged in `suspended`; a member with no record in `countries` is listed, not
 * counted; in a past year, a member that was not yet a state (its `statehood`, see existedIn)
 * is listed with the value `not-a-state`, not counted, and named in `notYet` — never counted as
 * "does not recognise". In a past year, recognition of Palestine follows the year control's rule
 * (displayValue): a recognition with no known date is `unknown` there.
 * @example membersToCounts(arabLeague, countries, 'recognizesIsrael').summary // '4 of 21 Arab League states recognise Israel; Palestine, a member, is not counted.'
 */
export function membersToCounts<C extends CountryLike>(
	group: Group,
	countries: ReadonlyMap<string, C> | readonly C[],
	attribute: AttributeId,
	options: CountOptions = {}
): GroupCounts {
	const byIso3: ReadonlyMap<string, C> =
		countries instanceof Map ? countries : new Map((countries as C[]).map((c) => [c.iso3, c]));
	const currentYear = options.currentYear ?? new Date().getFullYear();
	const year = options.year ?? null;
	const allowed = ATTRIBUTE_VALUES[attribute] as readonly string[];

	const members: MemberValue[] = membersIn(group, year ?? undefined).map((m) => {
		const country = byIso3.get(m.iso3);
		const notYet =
			country !== undefined && year !== null && year < currentYear && !existedIn(country, year);
		const value = !country
			? 'unknown'
			: notYet
				? NOT_A_STATE
				: String(
						displayValue(
							country.attributes,
							attribute,
							year ?? currentYear,
							currentYear,
							country.statehood
						)
					);
		const base = { iso3: m.iso3, name: country?.name ?? m.iso3, status: m.status, value };
		const reason =
			m.iso3 === PALESTINE
				? 'palestine'
				: m.status === 'observer'
					? 'observer'
					: !country
						? 'no-data'
						: notYet
							? 'not-yet-a-state'
							: null;
		return reason ? { ...base, counted: false, reason } : { ...base, counted: true };
	});
	members.sort((a, b) => compareNames(a.name, b.name));

	const counted = members.filter((m) => m.counted);
	const counts: ValueCount[] = allowed.map((value) => {
		const having = counted.filter(
			(m) => (allowed.includes(m.value) ? m.value : 'unknown') === value
		);
		return { value, count: having.length, members: having.map((m) => m.iso3) };
	});
	const top = Math.max(0, ...counts.map((c) => c.count));
	const leaders = counts.filter((c) => c.count === top && top > 0);
	const majority = leaders.length === 1 ? leaders[0]!.value : null;

	return {
		group: group.id,
		attribute,
		year,
		total: counted.length,
		counts,
		majority,
		differing: majority === null ? [] : counted.filter((m) => m.value !== majority),
		members,
		suspended: counted.filter((m) => m.status === 'suspended').map((m) => m.iso3),
		notYet: members.filter((m) => m.reason === 'not-yet-a-state').map((m) => m.iso3),
		summary: summarize(group, attribute, counts, counted.length, year, currentYear, members)
	};
}

/** "4 of 21 Arab League states recognise Israel; Palestine, a member, is not counted." */
function summarize(
	group: Group,
	attribute: AttributeId,
	counts: ValueCount[],
	total: number,
	year: number | null,
	currentYear: number,
	members: MemberValue[]
): string {
	const { value, one, many } = SUMMARY_VALUE[attribute];
	const count = counts.find((c) => c.value === value)?.count ?? 0;
	const unknown = counts.find((c) => c.value === 'unknown')?.count ?? 0;
	const geographic =
		group.kind === 'region' || group.kind === 'subregion' || group.kind === 'intermediate';
	const place = WITH_THE.has(group.name) ? `the ${group.name}` : group.name;
	const states = total === 1 ? 'state' : 'states';
	const who = geographic ? `${states} in ${place}` : `${group.name} ${states}`;
	const verb = count === 1 ? one : many;
	const when = year !== null && year < currentYear ? ` at the end of ${year}` : '';
	const parts = [`${count} of ${total} ${who} ${verb}${when}`];
	if (unknown > 0) parts.push(`${unknown} unknown`);
	const notYet = members.filter((m) => m.reason === 'not-yet-a-state').length;
	if (notYet > 0)
		parts.push(
			notYet === 1 ? '1 member was not yet a state' : `${notYet} members were not yet states`
		);
	if (members.some((m) => m.reason === 'palestine'))
		parts.push('Palestine, a member, is not counted');
	return `${parts.join('; ')}.`;
}
