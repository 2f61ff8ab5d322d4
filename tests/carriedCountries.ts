import { expect } from '@playwright/test';
import type { MapCountry } from '../src/lib/state/types';

/** The countries a map page carries in its HTML: one JSON text in its inline script (mapIndexText). */
export function carriedCountries(html: string): MapCountry[] {
	const text = /countries:("(?:[^"\\]|\\.)*")/.exec(html)?.[1];
	expect(text, 'the countries, as one string').toBeDefined();
	return JSON.parse(JSON.parse(text!) as string) as MapCountry[];
}
