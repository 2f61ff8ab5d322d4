import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Attribute } from '$lib/types';
import AttributeDetail from './AttributeDetail.svelte';

/** The component's server-rendered text, tags stripped and whitespace collapsed. */
function textOf(attribute: Attribute): string {
	const { body } = render(AttributeDetail, { props: { attribute } });
	return body
		.replace(/<!--.*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

describe('AttributeDetail', () => {
	it.each([
		[
			'an article value with its quote and line',
			{
				value: 'embassy',
				city: 'Islamabad',
				source: 'text',
				evidence: 'An embassy in Islamabad.',
				line: 3
			},
			['Embassy , in Islamabad', 'An embassy in Islamabad.', 'Source: article text, line 3']
		],
		[
			'a facts value with cite and date',
			{
				value: 'yes',
				date: '1988-11-16',
				source: 'facts',
				evidence: 'yes, 1988-11-16',
				cite: 'AJ-WAFA; WP-PS',
				asOf: '2026-03'
			},
			['Yes , since 16 November 1988', 'Source: facts table (AJ-WAFA; WP-PS, as of 2026-03)']
		],
		['unknown', { value: 'unknown' }, ['Unknown', 'Neither the article nor the facts tables say.']],
		[
			'an agreeing article quote beside the facts value',
			{
				value: 'no',
				source: 'facts',
				evidence: 'recognizes_israel=no',
				cite: 'WP-IL 2024-06',
				asOf: '2026-03',
				agreement: {
					value: 'no',
					source: 'text',
					evidence: 'It has no diplomatic relations with it.',
					line: 12
				}
			},
			[
				'Source: facts table (WP-IL 2024-06, as of 2026-03)',
				'The article agrees: “ It has no diplomatic relations with it. ” (article text, line 12).'
			]
		],
		[
			'a conflict shows both readings',
			{
				value: 'yes',
				source: 'facts',
				evidence: 'yes',
				cite: 'WP-IL 2024-06',
				asOf: '2026-03',
				conflict: {
					value: 'no',
					source: 'text',
					evidence: 'It does not recognise Israel.',
					line: 4
				}
			},
			[
				'The article says No (“ It does not recognise Israel. ”, article text, line 4); the facts table (WP-IL 2024-06, 2026-03) says Yes .'
			]
		]
	] as [string, Attribute, string[]][])('%s', (_name, attribute, expected) => {
		const text = textOf(attribute);
		for (const part of expected) expect(text).toContain(part);
	});

	it('renders evidence as text, never as HTML', () => {
		const { body } = render(AttributeDetail, {
			props: {
				attribute: { value: 'yes', source: 'text', evidence: '<img src=x onerror=alert(1)>' }
			}
		});
		expect(body).not.toContain('<img');
		expect(body).toContain('&lt;img');
	});
});
