const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/**
 * A date as precise as it was written, in words: "16 November 1988", "November 1988", "1988".
 * Anything else is returned unchanged.
 * @example formatPartialDate('1988-11') // 'November 1988'
 */
export function formatPartialDate(date: string): string {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
	if (!match) return date;
	const [, year, month, day] = match;
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (month && !monthName) return date;
	if (day) return `${Number(day)} ${monthName} ${year}`;
	return monthName ? `${monthName} ${year}` : (year ?? date);
}
