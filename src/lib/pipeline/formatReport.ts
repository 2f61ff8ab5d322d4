import { ATTRIBUTE_IDS, type CountryRecord, type Problem } from '../types';

/**
 * C0 and C1 control characters, DEL, and the Unicode line separators and bidirectional
 * overrides: printed raw from a file they could move the cursor, recolour or hide text.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a file made safe for a terminal: control characters shown as `\xNN`/`\uNNNN`.
 * @example escapeControls('a\u001b[2Jb') // 'a\\x1b[2Jb'
 */
export function escapeControls(text: string): string {
	return text.replace(CONTROLS, (c) => {
		const code = c.charCodeAt(0);
		return code < 0x100
			? `\\x${code.toString(16).padStart(2, '0')}`
			: `\\u${code.toString(16).padStart(4, '0')}`;
	});
}

/**
 * A problem as one line a terminal or editor can jump to, plus its hint; line 0 (the file as a
 * whole) is left out, and control characters are escaped.
 * @example formatProblem(p) // "data/articles/x.txt:1: error: unknown country \"Atlantis\"\n  hint: did you mean …?"
 */
export function formatProblem(problem: Problem): string {
	const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
	const head = escapeControls(`${where}: ${problem.severity}: ${problem.message}`);
	return problem.hint ? `${head}\n  hint: ${escapeControls(problem.hint)}` : head;
}

/**
 * One line for a country: its code, name, every attribute value (with date or city) and its
 * article file and warning count; control characters escaped.
 * @example formatCountry(c) // "PAK Pakistan: recognizesIsrael=no recognizesPalestine=yes(1988-11-16) … [pakistan.txt]"
 */
export function formatCountry(country: CountryRecord): string {
	const values = ATTRIBUTE_IDS.map((id) => {
		const a = country.attributes[id];
		const detail = a.date ?? a.city;
		const from = a.source ? `/${a.source}` : '';
		return `${id}=${a.value}${detail ? `(${detail})` : ''}${from}`;
	});
	const warnings = country.warnings.length
		? ` ${country.warnings.length} warning${country.warnings.length > 1 ? 's' : ''}`
		: '';
	const where = country.article ? ` [${country.article.file}]` : ' [facts only]';
	return escapeControls(`${country.iso3} ${country.name}: ${values.join(' ')}${where}${warnings}`);
}
