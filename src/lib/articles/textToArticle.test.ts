import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH } from './limits';
import { textToArticle } from './textToArticle';

const VARIANT_A = [
	'= Ghana–Palestine relations =',
	'',
	'Infobox',
	'- Mission1: Embassy of Ghana, Cairo',
	'- Map: x.svg',
	'',
	'First lead paragraph,',
	'soft-wrapped onto a second line.',
	'',
	'Second lead paragraph.',
	'',
	'==History==',
	'History text.',
	'',
	'=== Early years ===',
	'Early text.',
	'',
	'== Empty ==',
	'',
	'== Parent ==',
	'=== Child ===',
	'Child text.',
	'',
	'==See also==',
	'- Foreign relations of Ghana',
	'* Foreign relations of Palestine',
	'',
	'== Notes ==',
	'A note that is not content.',
	'',
	'== External links ==',
	'- https://example.org'
].join('\n');

describe('textToArticle', () => {
	const parsed = textToArticle(VARIANT_A, 'ghana.txt');

	it('reads the Variant A title line', () => {
		expect(parsed.title).toBe('Ghana–Palestine relations');
		expect(parsed.titleLine).toBe(1);
		expect(parsed.titleSource).toBe('title-line');
		expect(parsed.article.title).toBe('Ghana–Palestine relations');
		expect(parsed.article.file).toBe('ghana.txt');
	});

	it('reads infobox rows verbatim with lines', () => {
		expect(parsed.infobox).toEqual([
			{
				key: 'Mission1',
				value: 'Embassy of Ghana, Cairo',
				line: 4,
				raw: '- Mission1: Embassy of Ghana, Cairo'
			},
			{ key: 'Map', value: 'x.svg', line: 5, raw: '- Map: x.svg' }
		]);
	});

	it('keeps the whole lead, paragraphs split by a blank line, soft wraps joined', () => {
		expect(parsed.article.summary).toBe(
			'First lead paragraph, soft-wrapped onto a second line.\n\nSecond lead paragraph.'
		);
		expect(parsed.paragraphs[0]).toMatchObject({ line: 7, section: null });
		expect(parsed.paragraphs[0]!.breaks).toEqual([{ offset: 22, line: 8 }]);
	});

	it('keeps content sections with levels, in order', () => {
		expect(parsed.article.sections).toEqual([
			{ title: 'History', level: 2, text: 'History text.' },
			{ title: 'Early years', level: 3, text: 'Early text.' },
			{ title: 'Empty', level: 2, text: '' },
			{ title: 'Parent', level: 2, text: '' },
			{ title: 'Child', level: 3, text: 'Child text.' }
		]);
	});

	it('takes See also and External links items, drops Notes', () => {
		expect(parsed.article.seeAlso).toEqual([
			'Foreign relations of Ghana',
			'Foreign relations of Palestine'
		]);
		expect(parsed.article.externalLinks).toEqual(['https://example.org']);
		expect(parsed.paragraphs.some((p) => p.text.includes('note'))).toBe(false);
	});

	it('warns about an empty section, but not about a parent of subsections', () => {
		expect(parsed.problems).toEqual([
			expect.objectContaining({
				severity: 'warning',
				line: 18,
				message: 'section "Empty" is empty'
			})
		]);
	});

	it.each([
		['Ghana–Palestine relations refer to the ties.', 'Ghana–Palestine relations'],
		['Palestine–Ghana relations (Arabic: …) refers to the ties.', 'Palestine–Ghana relations'],
		['The Ghana–Palestine relations are old.', 'Ghana–Palestine relations'],
		[
			'Relations between the Republic of Ghana and the State of Palestine are close.',
			'Relations between the Republic of Ghana and the State of Palestine'
		]
	])('Variant B: title from the first sentence %j', (lead, title) => {
		const result = textToArticle(`${lead}\n\n== History ==\nText.`, 'b.txt');
		expect(result.title).toBe(title);
		expect(result.titleSource).toBe('first-sentence');
		expect(result.article.summary).toBe(lead);
		expect(result.problems).toEqual([]);
	});

	it('takes the title from an infobox Title row when there is no title line', () => {
		const result = textToArticle(
			'Infobox\n- Title: Chad–Palestine relations\n\nSome text.',
			'c.txt'
		);
		expect(result).toMatchObject({
			title: 'Chad–Palestine relations',
			titleLine: 2,
			titleSource: 'infobox'
		});
		expect(result.article.summary).toBe('Some text.');
	});

	it.each([
		['BOM', '\uFEFF= A–Palestine relations =\n\nLead.'],
		['CRLF', '= A–Palestine relations =\r\n\r\nLead.\r\n'],
		['CR', '= A–Palestine relations =\r\rLead.\r'],
		['tabs and trailing spaces', '= A–Palestine relations =\t \n\t\n\tLead.   \t']
	])('copes with %s', (_, text) => {
		const result = textToArticle(text, 'x.txt');
		expect(result.title).toBe('A–Palestine relations');
		expect(result.article.summary).toBe('Lead.');
		expect(result.paragraphs[0]!.line).toBe(3);
		expect(result.problems).toEqual([]);
	});

	it.each([
		['==History==', 2, 'History'],
		['== History ==', 2, 'History'],
		['=== Sub ===', 3, 'Sub'],
		['====Deep====', 4, 'Deep'],
		['== Odd ===', 2, 'Odd']
	])('heading %j is level %i', (heading, level, title) => {
		const result = textToArticle(
			`= A–Palestine relations =\n\nLead.\n\n${heading}\nText.`,
			'x.txt'
		);
		expect(result.article.sections).toEqual([{ title, level, text: 'Text.' }]);
	});

	it('reports an infobox line without a colon as an error with a hint', () => {
		const result = textToArticle(
			'= A–Palestine relations =\nInfobox\n- Mission1 Embassy\n- Map: m.svg\n\nLead.',
			'x.txt'
		);
		expect(result.problems).toEqual([
			{
				severity: 'error',
				file: 'x.txt',
				line: 3,
				message: 'infobox line has no "Key:" part: "- Mission1 Embassy"',
				hint: 'write it as `- Key: value`'
			}
		]);
		expect(result.infobox.map((r) => r.key)).toEqual(['Map']);
	});

	it.each([
		['U+2028', '\u2028'],
		['U+2029', '\u2029']
	])('%s inside an infobox row is a space, and no row after it is lost', (_, separator) => {
		const result = textToArticle(
			`= A–Palestine relations =\n\nInfobox\n- Mission1: Embassy of A,${separator}Amman\n- Mission2: Embassy${separator}of Palestine\n- Envoy2: Someone\n\nLead.`,
			'x.txt'
		);
		expect(result.infobox.map((r) => [r.key, r.value, r.line])).toEqual([
			['Mission1', 'Embassy of A, Amman', 4],
			['Mission2', 'Embassy of Palestine', 5],
			['Envoy2', 'Someone', 6]
		]);
		expect(result.article.summary).toBe('Lead.');
		expect(result.problems).toEqual([]);
	});

	it('a title over the limit is an error at its line, and no title is kept', () => {
		const long = `${'A'.repeat(MAX_TITLE_LENGTH)}–Palestine relations`;
		const result = textToArticle(`\n= ${long} =\n\nLead.`, 'x.txt');
		expect(result.title).toBeNull();
		expect(result.article.title).toBe('');
		expect(result.problems).toEqual([
			expect.objectContaining({
				severity: 'error',
				line: 2,
				message: `the title is ${long.length} characters long; the limit is ${MAX_TITLE_LENGTH}`
			})
		]);
		const atLimit = textToArticle(`= ${'A'.repeat(MAX_TITLE_LENGTH)} =\n\nLead.`, 'x.txt');
		expect(atLimit.problems).toEqual([]);
	});

	it.each([[''], ['\n\n'], ['\uFEFF'], [' \t \r\n ']])('empty file %j is an error', (text) => {
		const result = textToArticle(text, 'e.txt');
		expect(result.problems).toEqual([
			expect.objectContaining({ severity: 'error', line: 1, message: 'the file is empty' })
		]);
		expect(result.title).toBeNull();
	});

	it.each([
		['only headings', '== A ==\n== B ==', 'the article has no text'],
		['no subject', 'Just some words', 'no title found']
	])('%s: error when no title can be found', (_, text, message) => {
		const result = textToArticle(text, 'n.txt');
		expect(result.title).toBeNull();
		expect(result.problems.some((p) => p.severity === 'error' && p.message === message)).toBe(true);
	});
});

/** Lines built from the format's own pieces, so generated texts reach every stage. */
const PIECES = fc.oneof(
	fc.constantFrom(
		'= Ghana–Palestine relations =',
		'=',
		'==',
		'= =',
		'===',
		'Infobox',
		'- Mission1: Embassy of Ghana, Accra',
		'- Party1: Palestine',
		'- Party2: Atlantis',
		'- Mission2: N/A',
		'- no colon here',
		'- : empty key',
		'-',
		'==See also==',
		'== References ==',
		'== External links ==',
		'=== Sub ===',
		'==History==',
		'',
		'   ',
		'\t',
		'Ghana recognised the State of Palestine on 16 November 1988.',
		'Ghana does not recognise Israel.',
		'Palestine has an embassy in Accra.',
		'U.S. D.C. S. Y. 3.14.'
	),
	fc.string({ maxLength: 40 }).map((s) => `- ${s}`),
	fc.string({ maxLength: 40 }).map((s) => `== ${s} ==`),
	fc.string({ maxLength: 60 })
);
const EOL = fc.constantFrom('\n', '\r\n', '\r');

describe('textToArticle: never throws (fast-check)', () => {
	it('on arbitrary strings', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
				const result = textToArticle(text, 'f.txt');
				expect(Array.isArray(result.problems)).toBe(true);
				expect(Array.isArray(result.article.sections)).toBe(true);
				expect(Array.isArray(result.article.seeAlso)).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	it('on arbitrary lines built from the grammar’s pieces', () => {
		fc.assert(
			fc.property(fc.array(PIECES, { maxLength: 30 }), EOL, fc.boolean(), (lines, eol, bom) => {
				const text = (bom ? '\uFEFF' : '') + lines.join(eol);
				const result = textToArticle(text, 'g.txt');
				expect(Array.isArray(result.problems)).toBe(true);
				expect(Array.isArray(result.infobox)).toBe(true);
				expect(Array.isArray(result.paragraphs)).toBe(true);
				expect(typeof result.article.summary).toBe('string');
				for (const p of result.problems) {
					expect(p.line).toBeGreaterThanOrEqual(1);
					expect(p.line).toBeLessThanOrEqual(Math.max(1, lines.length));
				}
				if (result.title === null)
					expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});
});
