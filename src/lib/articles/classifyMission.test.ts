import { describe, expect, it } from 'vitest';
import { classifyMission } from './classifyMission';

describe('classifyMission', () => {
	it.each([
		['Embassy of Bangladesh, Amman', { kind: 'embassy', place: 'Amman' }],
		['Embassy of Palestine, Dhaka', { kind: 'embassy', place: 'Dhaka' }],
		['Palestinian Embassy, Kuala Lumpur', { kind: 'embassy', place: 'Kuala Lumpur' }],
		['Embassy of the State of Palestine in Bahrain', { kind: 'embassy', placeIsCountry: 'BHR' }],
		['Embassy of Palestine in Dhaka', { kind: 'embassy', place: 'Dhaka' }],
		['General Delegation of Palestine, Dublin', { kind: 'other', place: 'Dublin' }],
		['Representative Office of India, Ramallah', { kind: 'other', place: 'Ramallah' }],
		['Consulate-General of Sweden, Jerusalem', { kind: 'other', place: 'Jerusalem' }],
		[
			'Embassy of Indonesia, Amman (also accredited to Palestine)',
			{ kind: 'embassy', place: 'Amman' }
		],
		[
			'Vietnamese Embassy, Cairo, Egypt, (accredited)',
			{ kind: 'embassy', place: 'Cairo', country: 'EGY' }
		],
		['Embassy of Laos in Cairo, Egypt', { kind: 'embassy', place: 'Cairo', country: 'EGY' }],
		[
			'Representative Office of Chile, Ramallah, Palestine',
			{ kind: 'other', place: 'Ramallah', country: 'PSE' }
		],
		['Embassy of Japan, Amman, non-resident', { kind: 'embassy', place: 'Amman' }],
		['Mission of Palestine', { kind: 'other' }],
		['Embassy of Ghana', { kind: 'embassy' }],
		['N/A', { kind: 'none' }],
		['None', { kind: 'none' }],
		['—', { kind: 'none' }],
		['', { kind: 'unknown' }],
		['Walid Abu Ali', { kind: 'unknown' }],
		['Representative Office, Ramallah (proposed)', { kind: 'unknown' }],
		['Embassy of Mexico, Ramallah (planned)', { kind: 'unknown' }],
		['Embassy of Palestine, Mexico City, to be opened in 2026', { kind: 'unknown' }]
	])('%j', (value, expected) => {
		expect(classifyMission(value)).toEqual(expected);
	});
});
