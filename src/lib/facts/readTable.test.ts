import { describe, expect, it } from 'vitest';
import { readTable } from './readTable';

/** The problems as `file:line: message` lines. */
const said = (text: string, required = ['iso3', 'name'], optional: string[] = []) =>
	readTable(text, 't.csv', required, optional).problems.map(
		(p) => `${p.file}:${p.line}: ${p.message}`
	);

describe('readTable', () => {
	it.each([
		['plain', 'iso3,name\nFRA,France\n', [{ iso3: 'FRA', name: 'France' }], [2]],
		['BOM and CRLF', '\uFEFFiso3,name\r\nFRA,France\r\n', [{ iso3: 'FRA', name: 'France' }], [2]],
		['trimmed cells', 'iso3 , name\n FRA , France \n', [{ iso3: 'FRA', name: 'France' }], [2]],
		[
			'a quoted cell with a comma and a line break: the next row keeps its own line',
			'iso3,name\nFRA,"France, the\nRepublic"\nDEU,Germany\n',
			[
				{ iso3: 'FRA', name: 'France, the\nRepublic' },
				{ iso3: 'DEU', name: 'Germany' }
			],
			[2, 4]
		],
		[
			'blank and all-empty rows are skipped, lines still counted',
			'iso3,name\n\nFRA,France\n,\nDEU,Germany\n',
			[
				{ iso3: 'FRA', name: 'France' },
				{ iso3: 'DEU', name: 'Germany' }
			],
			[3, 5]
		],
		['an empty cell', 'iso3,name\nFRA,\n', [{ iso3: 'FRA', name: '' }], [2]]
	])('%s', (_name, text, cells, lines) => {
		const { rows, problems } = readTable(text, 't.csv', ['iso3', 'name']);
		expect(problems).toEqual([]);
		expect(rows.map((r) => r.cells)).toEqual(cells);
		expect(rows.map((r) => r.line)).toEqual(lines);
	});

	it('takes optional columns when present', () => {
		const { rows } = readTable(
			'iso3,name,note\nFRA,France,x\n',
			't.csv',
			['iso3', 'name'],
			['note']
		);
		expect(rows[0]!.cells).toEqual({ iso3: 'FRA', name: 'France', note: 'x' });
	});

	it.each([
		['an empty file', '', ['t.csv:1: the file is empty']],
		['a missing column', 'iso3\nFRA\n', ['t.csv:1: the header lacks the column name']],
		['unknown columns', 'iso3,name,x,y\nFRA,France,1,2\n', ['t.csv:1: unknown columns "x", "y"']],
		[
			'a repeated column',
			'iso3,name,name\nFRA,France,F\n',
			['t.csv:1: the column name appears twice']
		],
		[
			'a row of the wrong width (left out, the others kept)',
			'iso3,name\nFRA,France,extra\nDEU,Germany\n',
			['t.csv:2: the row has 3 cells but the header has 2 columns']
		],
		[
			'an unclosed quote',
			'iso3,name\nFRA,"France\n',
			[expect.stringMatching(/^t\.csv:\d+: the CSV cannot be read: /)]
		]
	])('%s is a file:line error', (_name, text, expected) => {
		expect(said(text)).toEqual(expected);
	});

	it('blames a stray quote on the row it stands in, not the line where the parser gave up', () => {
		const text = 'iso3,name\nFRA,France\nDEU,"Germany\nITA,Italy\nESP,Spain\n';
		expect(said(text)).toEqual([
			expect.stringMatching(/^t\.csv:3: the CSV cannot be read: .*runs on from here to line 5/)
		]);
	});

	it('can ignore unknown columns with a warning each (the facts table does)', () => {
		const { rows, problems } = readTable(
			'iso3,name,x\nFRA,France,1\n',
			't.csv',
			['iso3', 'name'],
			[],
			{
				unknownColumns: 'warning'
			}
		);
		expect(rows).toHaveLength(1);
		expect(problems).toEqual([
			expect.objectContaining({
				severity: 'warning',
				line: 1,
				message: 'unknown column "x" is ignored'
			})
		]);
	});

	it('gives no rows when the header is wrong, and keeps good rows past a bad one', () => {
		expect(readTable('iso3\nFRA\n', 't.csv', ['iso3', 'name']).rows).toEqual([]);
		const { rows } = readTable('iso3,name\nFRA\nDEU,Germany\n', 't.csv', ['iso3', 'name']);
		expect(rows.map((r) => r.cells.iso3)).toEqual(['DEU']);
	});

	it('reads a text it has read before the same way, whatever was done with the first rows', () => {
		const text = 'iso3,name,x\nFRA,France,1\n\nDEU,Germany\n';
		const first = readTable(text, 'a.csv', ['iso3', 'name', 'x']);
		first.rows[0]!.cells.name = 'changed';
		first.rows.pop();
		// The same text again (the dev server re-reads unchanged tables), under another name and
		// other columns: its own rows, its own problems naming its own file.
		const again = readTable(text, 'b.csv', ['iso3', 'name'], [], { unknownColumns: 'warning' });
		expect(again.rows).toEqual([{ cells: { iso3: 'FRA', name: 'France', x: '1' }, line: 2 }]);
		expect(again.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
			'b.csv:1: unknown column "x" is ignored',
			'b.csv:4: the row has 2 cells but the header has 3 columns'
		]);
		expect(readTable(text, 'a.csv', ['iso3', 'name', 'x']).rows[0]!.cells.name).toBe('France');
	});

	it('says what to write in its hints', () => {
		const [problem] = readTable('iso3\n', 't.csv', ['iso3', 'name'], ['note']).problems;
		expect(problem!.hint).toBe('the header must name: iso3,name (optional: note)');
	});
});
