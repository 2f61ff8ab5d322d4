import { describe, expect, it } from 'vitest';
import { embedCode, type EmbedCodeInput } from './embedCode';
import { DEFAULT_EMBED_OPTIONS } from './embedOptions';

const BASE: EmbedCodeInput = {
	origin: 'https://atlas.example',
	view: '?attr=recognizesIsrael&country=PAK',
	options: DEFAULT_EMBED_OPTIONS,
	height: 640,
	title: 'Palestine Relations Atlas: Recognises Israel',
	form: 'script'
};

describe('embedCode', () => {
	it('gives the iframe (with a title) and the loader script', () => {
		expect(embedCode(BASE)).toBe(
			'<iframe title="Palestine Relations Atlas: Recognises Israel" ' +
				'src="https://atlas.example/embed?attr=recognizesIsrael&#38;country=PAK" width="100%" ' +
				'height="640" style="width: 100%; border: 0" loading="lazy"></iframe>\n' +
				'<script async src="https://atlas.example/embed.js"></script>'
		);
	});

	it('puts the options in the URL', () => {
		const code = embedCode({
			...BASE,
			options: { ...DEFAULT_EMBED_OPTIONS, theme: 'dark', legend: false, transparent: true }
		});
		expect(code).toContain(
			'/embed?attr=recognizesIsrael&#38;country=PAK&#38;theme=dark&#38;bg=transparent&#38;legend=0"'
		);
	});

	it('iframe only: a fixed height, no script', () => {
		const code = embedCode({ ...BASE, form: 'iframe', height: 500 });
		expect(code).not.toContain('<script');
		expect(code).toContain('height=fixed"');
		expect(code).toContain('height="500"');
	});

	it('a fixed height needs no loader', () => {
		const code = embedCode({ ...BASE, options: { ...DEFAULT_EMBED_OPTIONS, height: 'fixed' } });
		expect(code).not.toContain('<script');
	});

	it('escapes the title', () => {
		expect(embedCode({ ...BASE, title: 'A "map" <b>' })).toContain(
			'title="A &#34;map&#34; &#60;b&#62;"'
		);
	});
});
