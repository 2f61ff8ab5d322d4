/**
 * One CSV cell, for the downloads.
 */

/**
 * Quotes a CSV cell when needed (RFC 4180) and defuses spreadsheet formulas (a leading = + - @
 * gets a `'`).
 * @example csvCell('=1+1') // "'=1+1"
 */
export function csvCell(value: string | number | undefined | null): string {
	let text = value === undefined || value === null ? '' : String(value);
	if (/^[=+\-@]/.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text: CRLF line ends, a final CRLF. */
export function csvLines(
	rows: readonly (readonly (string | number | undefined | null)[])[]
): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
