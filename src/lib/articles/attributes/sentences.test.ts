import { describe, expect, it } from 'vitest';
import { paragraphsToSentences } from './sentences';

describe('paragraphsToSentences', () => {
	it('splits prose into sentences with their lines', () => {
		const s = paragraphsToSentences([
			{ text: 'One. Two wraps here.', line: 5, breaks: [{ offset: 5, line: 6 }], section: null }
		]);
		expect(s.map((x) => [x.text, x.line, x.order])).toEqual([
			['One.', 5, 0],
			['Two wraps here.', 6, 1]
		]);
	});

	it('reads each bullet as a sentence of its own, without its marker', () => {
		const text =
			'- Palestine has an embassy in Buenos Aires\n- Argentina has an office in Ramallah';
		const s = paragraphsToSentences([
			{ text, line: 10, breaks: [{ offset: 43, line: 11 }], section: 'Missions' }
		]);
		expect(s.map((x) => [x.text, x.line])).toEqual([
			['Palestine has an embassy in Buenos Aires', 10],
			['Argentina has an office in Ramallah', 11]
		]);
	});

	it('keeps a hyphen inside prose', () => {
		const s = paragraphsToSentences([
			{ text: 'A well-known office - in Gaza - opened.', line: 1, breaks: [], section: null }
		]);
		expect(s).toHaveLength(1);
	});
});
