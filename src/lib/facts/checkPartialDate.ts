/**
 * Validation of `YYYY`, `YYYY-MM` and `YYYY-MM-DD` dates.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * What is wrong with a partial date, or null when it is a real date, not after `today`.
 * A year or month counts from its first day, so "2026" is fine on any day of 2026.
 * @example checkPartialDate('1988-02-30', new Date()) // 'there is no 30 February 1988'
 */
export function checkPartialDate(text: string, today: Date): string | null {
	const match = PARTIAL_DATE.exec(text);
	if (!match) return 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD';
	const year = Number(match[1]);
	const month = match[2] === undefined ? 1 : Number(match[2]);
	const day = match[3] === undefined ? 1 : Number(match[3]);
	if (month < 1 || month > 12) return `has no month ${match[2]}`;
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > daysInMonth) {
		const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', {
			month: 'long',
			timeZone: 'UTC'
		});
		return `there is no ${day} ${monthName} ${year}`;
	}
	const todayKey =
		today.getUTCFullYear() * 10000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
	if (year * 10000 + month * 100 + day > todayKey) return 'is in the future';
	return null;
}
