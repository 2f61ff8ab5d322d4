/**
 * Reading a small CSV table with a header into rows that know their line, collecting problems.
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from '../types';

/** One data row: its cells by column name (trimmed; '' when empty) and its 1-based line. */
export interface CsvRow {
	cells: Record<string, string>;
	line: number;
}

/** One record from csv-parse with `info` and `raw`. */
interface ParsedRecord {
	record: string[];
	info: { lines: number };
	raw: string;
}

/**
 * The data rows of a CSV table whose header must name `required` (and may name `optional`).
 * Problems (unreadable CSV, missing or repeated columns, rows of the wrong width) are pushed
 * to `problems` as `file:line` errors; rows with a problem are left out. Never throws; a BOM
 * and CRLF line ends are accepted. Rows that are all blank are skipped.
 * @example csvTable('id,name\neu,European Union\n', 'groups.csv', ['id', 'name'], [], problems)
 */
export function csvTable(
	text: string,
	file: string,
	required: readonly string[],
	optional: readonly string[],
	problems: Problem[]
): CsvRow[] {
	const error = (line: number, message: string, hint: string) =>
		problems.push({ severity: 'error', file, line, message, hint });
	const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	let records: ParsedRecord[];
	try {
		records = parse(normalized, {
			info: true,
			raw: true,
			relax_column_count: true,
			skip_empty_lines: true
		}) as unknown as ParsedRecord[];
	} catch (e) {
		const err = e as { lines?: number; message?: string };
		error(
			typeof err.lines === 'number' && err.lines > 0 ? err.lines : 1,
			`the CSV cannot be read: ${String(err.message ?? e).replace(/\s+/g, ' ')}`,
			'put a cell that contains a comma or a quote in double quotes, and double any quote inside it ("")'
		);
		return [];
	}
	const lines = records
		.filter((r) => r.record.some((c) => c.trim() !== ''))
		.map((r) => ({ cells: r.record.map((c) => c.trim()), line: startLine(r) }));
	const header = lines[0];
	if (!header) {
		error(1, 'the file is empty', `start it with the header: ${required.join(',')}`);
		return [];
	}
	const columns = header.cells;
	const missing = required.filter((c) => !columns.includes(c));
	if (missing.length)
		error(
			header.line,
			`the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
			`the header must name: ${[...required, ...optional].join(',')}`
		);
	for (const [i, column] of columns.entries()) {
		if (columns.indexOf(column) !== i)
			error(header.line, `the column ${column} appears twice`, 'remove one of them');
		else if (!required.includes(column) && !optional.includes(column))
			error(
				header.line,
				`unknown column "${column}"`,
				`known columns: ${[...required, ...optional].join(', ')}`
			);
	}
	if (missing.length || new Set(columns).size !== columns.length) return [];

	const rows: CsvRow[] = [];
	for (const { cells, line } of lines.slice(1)) {
		if (cells.length !== columns.length) {
			error(
				line,
				`the row has ${cells.length} cell${cells.length === 1 ? '' : 's'} but the header has ${columns.length} columns`,
				'put a cell that contains a comma in double quotes; leave an empty cell empty (",,")'
			);
			continue;
		}
		rows.push({ cells: Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])), line });
	}
	return rows;
}

/** 1-based line where a record starts: csv-parse counts the line it ends on. */
function startLine(r: ParsedRecord): number {
	const body = r.raw.replace(/^\n+/, '').replace(/\n$/, '');
	return r.info.lines - (body.split('\n').length - 1);
}
