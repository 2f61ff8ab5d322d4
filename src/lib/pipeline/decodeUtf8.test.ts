import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decodeUtf8';

const bytes = (...parts: (string | number[])[]) =>
	new Uint8Array(
		parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p))
	);

describe('decodeUtf8', () => {
	it.each([
		['plain text', bytes('= A =\nline'), '= A =\nline'],
		['drops a BOM', bytes([0xef, 0xbb, 0xbf], 'Türkiye'), 'Türkiye'],
		['keeps Arabic', bytes('فلسطين'), 'فلسطين']
	])('%s', (_, input, text) => {
		expect(decodeUtf8(input, 'a.txt')).toEqual({ text });
	});

	it.each([
		['Latin-1 é on line 3', bytes('one\ntwo\nCaf', [0xe9], '\n'), 3, 4, '0xE9'],
		['truncated sequence at the end', bytes('ok', [0xe2, 0x80]), 1, 3, '0xE2'],
		['overlong encoding', bytes('a\n', [0xc0, 0xaf]), 2, 1, '0xC0'],
		['lone continuation byte after Arabic', bytes('فل', [0x80]), 1, 3, '0x80']
	])('%s', (_, input, line, column, byte) => {
		const result = decodeUtf8(input, 'x.txt');
		expect(result).toHaveProperty('problem');
		if (!('problem' in result)) return;
		expect(result.problem).toMatchObject({ severity: 'error', file: 'x.txt', line });
		expect(result.problem.message).toContain(byte);
		expect(result.problem.message).toContain(`column ${column}`);
		expect(result.problem.hint).toMatch(/UTF-8/);
	});
});
