import type { GroupCounts } from '$lib/regions/types';
import { NOT_A_STATE } from '$lib/state/displayValue';

/**
 * One CSV cell: quoted when needed, and defused for spreadsheets (a leading = + - @, tab or
 * carriage return would start a formula; OWASP "CSV injection").
 */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The regions comparison as CSV (RFC 4180, CRLF): one row per region and value, with the
 * count, the share of the counted members, the members having it, and the group's source;
 * members not yet states in the year get a `not-a-state` row with no share.
 * @example regionsToCsv([{ counts: euCounts, name: 'European Union', source: 'EU, as of 2025-01' }])
 */
export function regionsToCsv(
	regions: readonly { name: string; source: string; counts: GroupCounts }[]
): string {
	const header = [
		'region_id',
		'region',
		'attribute',
		'year',
		'value',
		'count',
		'percent',
		'counted_members',
		'members_with_value',
		'source'
	];
	const rows = regions.flatMap(({ name, source, counts }) => {
		// Members not yet states in the year: a row of their own, outside the shares.
		const notYet = counts.notYet.length
			? [{ value: NOT_A_STATE, count: counts.notYet.length, members: counts.notYet }]
			: [];
		return [...counts.counts, ...notYet].map((c) =>
			[
				counts.group,
				name,
				counts.attribute,
				counts.year ?? 'today',
				c.value,
				c.count,
				counts.total && c.value !== NOT_A_STATE ? ((c.count / counts.total) * 100).toFixed(1) : '',
				counts.total,
				c.members.join(' '),
				source
			]
				.map(csvCell)
				.join(',')
		);
	});
	return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
