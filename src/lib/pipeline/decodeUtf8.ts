import type { Problem } from '../types';

const DECODER = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file's bytes as UTF-8 (dropping a BOM), or says where the first invalid byte is.
 * @example decodeUtf8(bytes, 'data/articles/x.txt') // { text: '…' } or { problem: { line: 3, … } }
 */
export function decodeUtf8(
	bytes: Uint8Array,
	file: string
): { text: string } | { problem: Problem } {
	try {
		return { text: DECODER.decode(bytes).replace(/^\uFEFF/, '') };
	} catch {
		const { offset, line, column } = firstInvalidByte(bytes);
		return {
			problem: {
				severity: 'error',
				file,
				line,
				message: `not valid UTF-8 text: byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')} at column ${column}`,
				hint: 'save the file as UTF-8 (most editors offer "Save with encoding")'
			}
		};
	}
}

/** Finds the first byte that breaks UTF-8, with its 1-based line and column. */
function firstInvalidByte(bytes: Uint8Array): { offset: number; line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const length =
			b < 0x80
				? 1
				: b >= 0xc2 && b < 0xe0
					? 2
					: b >= 0xe0 && b < 0xf0
						? 3
						: b >= 0xf0 && b < 0xf5
							? 4
							: 0;
		const valid =
			length > 0 && i + length <= bytes.length && decodesCleanly(bytes.subarray(i, i + length));
		if (!valid) break;
		if (b === 0x0a) {
			line++;
			lineStart = i + 1;
		}
		i += length;
	}
	const column = new TextDecoder().decode(bytes.subarray(lineStart, i)).length + 1;
	return { offset: Math.min(i, bytes.length - 1), line, column };
}

/** True when one encoded character decodes cleanly (covers overlongs and surrogates). */
function decodesCleanly(char: Uint8Array): boolean {
	try {
		DECODER.decode(char);
		return true;
	} catch {
		return false;
	}
}
