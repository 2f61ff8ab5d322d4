import { describe, expect, it } from 'vitest';
import { imageAltText } from './imageAltText';

const LEGEND = [
	{ color: '#0072b2', label: 'Yes', count: 2 },
	{ color: '#e69f00', label: 'No', count: 1 },
	{ color: '#ebebeb', label: 'Unknown', count: 0 }
];

describe('imageAltText', () => {
	it('states every count', () => {
		expect(imageAltText('Recognises Palestine', LEGEND)).toBe(
			'World map, Recognises Palestine: Yes 2, No 1, Unknown 0 states.'
		);
	});
	it('adds the note, lower-cased', () => {
		expect(imageAltText('Recognises Palestine', LEGEND, 'By the end of 1995')).toBe(
			'World map, Recognises Palestine (by the end of 1995): Yes 2, No 1, Unknown 0 states.'
		);
	});
});
