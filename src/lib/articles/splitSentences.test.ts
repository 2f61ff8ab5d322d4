import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences';

describe('splitSentences', () => {
	it.each([
		['One. Two.', ['One.', 'Two.']],
		['Is it? Yes! Fine.', ['Is it?', 'Yes!', 'Fine.']],
		[
			"Israel's diplomatic mission in Washington, D.C. received news. Then it ended.",
			["Israel's diplomatic mission in Washington, D.C. received news.", 'Then it ended.']
		],
		['He went to the U.S. Army base. Done.', ['He went to the U.S. Army base.', 'Done.']],
		[
			"Yousef S. Y. Ramadan is the Chargé d'Affaires. He lives in Dhaka.",
			["Yousef S. Y. Ramadan is the Chargé d'Affaires.", 'He lives in Dhaka.']
		],
		['Gold bars of Grade 999.9 purity. Next.', ['Gold bars of Grade 999.9 purity.', 'Next.']],
		['Dato’ Seri Dr. Ahmad Zahid spoke. Next.', ['Dato’ Seri Dr. Ahmad Zahid spoke.', 'Next.']],
		['He said "Stop." Then left.', ['He said "Stop."', 'Then left.']],
		['In 1988. 2017 came.', ['In 1988.', '2017 came.']],
		[
			'Ties in the 1970s and 1980s. South Africa then changed.',
			['Ties in the 1970s and 1980s.', 'South Africa then changed.']
		],
		['no end', ['no end']],
		['lower. case next', ['lower. case next']],
		['', []],
		['   ', []]
	])('%j', (text, expected) => {
		expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
	});

	it('gives offsets into the text', () => {
		const text = 'First one.  Second one.';
		for (const s of splitSentences(text))
			expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
	});
});
