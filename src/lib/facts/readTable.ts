/**
 * Reading a small CSV table (the companion tables beside data/facts.csv, the grouping files)
 * into rows keyed by column, with the line each row starts on, and every structural problem as
 * a `file:line` error.
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from '../types';

/** One data row: its cells by column name (trimmed) and the 1-based line it starts on. */
export interface TableRow {
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
 * csv-parse's records of the last few texts read, by text: the dev server's warm worker
 * (scripts/build-data-worker.ts) reads every table again on each save, and a save seldom changes
 * one. The records are only read here, never changed, so a text always gives the same rows.
 */
const RECENT = new Map<string, ParsedRecord[]>();
const RECENT_SIZE = 16;

/** Keeps the records of `text` (and returns them), forgetting the oldest beyond RECENT_SIZE. */
function remember(text: string, records: ParsedRecord[]): ParsedRecord[] {
	RECENT.set(text, records);
	for (const oldest of RECENT.keys()) {
		if (RECENT.size <= RECENT_SIZE) break;
		RECENT.delete(oldest);
	}
	return records;
}

/** How a table names itself in messages, and what it does with columns it does not know. */
export interface TableOptions {
	/** "the facts file", say (default "the file"). */
	name?: string;
	/** `error` (default): the header is wrong; `warning`: the column is ignored. */
	unknownColumns?: 'error' | 'warning';
}

/**
 * The rows of a CSV table whose header has every `required` column (and perhaps `optional`
 * ones). A BOM and CRLF ends are accepted. Rows with the wrong number of cells are reported
 * and left out; an unreadable file or a bad header gives no rows. Never throws.
 * @example readTable('iso3,name\nFRA,France\n', 'data/x.csv', ['iso3', 'name']).rows[0] // { cells: { iso3: 'FRA', name: 'France' }, line: 2 }
 */
export function readTable(
	text: string,
	file: string,
	required: readonly string[],
	optional: readonly string[] = [],
	{ name = 'the file', unknownColumns = 'error' }: TableOptions = {}
): { rows: TableRow[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const report = (severity: Problem['severity']) => (line: number, message: string, hint: string) =>
		problems.push({ severity, file, line, message, hint });
	const error = report('error');
	const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	let records: ParsedRecord[];
	let lastRecordEnd = 0;
	try {
		records =
			RECENT.get(normalized) ??
			remember(
				normalized,
				parse(normalized, {
					info: true,
					raw: true,
					relax_column_count: true,
					skip_empty_lines: true,
					on_record: (record, context) => {
						lastRecordEnd = context.lines;
						return record;
					}
				}) as unknown as ParsedRecord[]
			);
	} catch (e) {
		const err = e as { lines?: number; message?: string };
		// A stray quote swallows the lines after it: csv-parse blames the line where it gave up,
		// but the bad cell is in the record that starts after the last one it finished.
		const line = firstTextLine(normalized, lastRecordEnd + 1);
		const stopped =
			typeof err.lines === 'number' && err.lines > line
				? ` (a quoted cell runs on from here to line ${err.lines})`
				: '';
		const detail = String(err.message ?? e)
			.replace(/\s+/g, ' ')
			.replace(/ at line \d+/, '');
		error(
			line,
			`the CSV cannot be read: ${detail}${stopped}`,
			'put a cell that contains a comma or a quote in double quotes, and double any quote inside it ("")'
		);
		return { rows: [], problems };
	}
	const lines = records
		.filter((r) => r.record.some((c) => c.trim() !== ''))
		.map((r) => ({ cells: r.record.map((c) => c.trim()), line: startLine(r) }));
	const header = lines[0];
	if (!header) {
		error(1, `${name} is empty`, `start it with the header: ${required.join(',')}`);
		return { rows: [], problems };
	}
	const columns = header.cells;
	const missing = required.filter((c) => !columns.includes(c));
	if (missing.length)
		error(
			header.line,
			`the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
			`the header must name: ${required.join(',')}${optional.length ? ` (optional: ${optional.join(',')})` : ''}`
		);
	const unknown = columns.filter((c) => !required.includes(c) && !optional.includes(c));
	const known = `known columns: ${[...required, ...optional].join(', ')}`;
	if (unknown.length && unknownColumns === 'error')
		error(
			header.line,
			`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}`,
			known
		);
	for (const column of unknownColumns === 'warning' ? unknown : [])
		report('warning')(header.line, `unknown column "${column}" is ignored`, known);
	const twice = columns.filter((c, i) => columns.indexOf(c) !== i);
	if (twice.length)
		error(header.line, `the column ${twice[0]} appears twice`, 'remove one of them');
	if (problems.some((p) => p.severity === 'error')) return { rows: [], problems };

	const rows: TableRow[] = [];
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
	return { rows, problems };
}

/** The first line at or after `from` (1-based) that is not blank. */
function firstTextLine(text: string, from: number): number {
	const lines = text.split('\n');
	for (let i = from - 1; i < lines.length; i++) if (lines[i]!.trim() !== '') return i + 1;
	return from;
}

/** 1-based line where a record starts: csv-parse counts the line it ends on. */
function startLine(r: ParsedRecord): number {
	const body = r.raw.replace(/^\n+/, '').replace(/\n$/, '');
	return r.info.lines - (body.split('\n').length - 1);
}
