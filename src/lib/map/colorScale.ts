import { ATTRIBUTE_VALUES, type AttributeId } from '$lib/types';
import { FIRST_YEAR, VALUE_LABELS, type PickerId } from '$lib/state/labels';
import type { DisplayValue } from '$lib/state/types';
import { viridis } from './viridis';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), in the order values are
 * listed in ATTRIBUTE_VALUES: the first value of each attribute gets blue, and so on.
 */
const CATEGORICAL: Record<AttributeId, Record<string, string>> = {
	recognizesPalestine: { yes: '#0072b2', no: '#e69f00' },
	recognizesIsrael: { yes: '#0072b2', no: '#e69f00' },
	palestinianMission: { embassy: '#0072b2', other: '#56b4e9', none: '#e69f00' },
	missionToPalestine: { resident: '#009e73', 'non-resident': '#56b4e9', none: '#e69f00' }
};

/** "Unknown": a light neutral grey, lighter than every value colour and without hue. */
export const UNKNOWN_COLOR = '#ebebeb';

/** "Not recognised" on the recognition-year map: vermilion, far from every viridis hue. */
export const NOT_RECOGNISED_COLOR = '#d55e00';

/**
 * "Not yet a state" in the year view: paler than "unknown" and drawn hatched in the legend, so
 * it reads as "no such state then", never as a value.
 */
export const NOT_A_STATE_COLOR = '#f8f6f1';

/** One legend entry: a value or a range of years, with its colour. */
export interface LegendBin {
	/** Stable key (`yes`, `unknown`, `1989-1999`, …), also used in test ids and ARIA. */
	key: string;
	label: string;
	color: string;
	/** Whether a country's display value belongs to this entry. */
	includes: (value: DisplayValue) => boolean;
	/** Shown only when some country is in it (e.g. "Not yet a state" in a past year). */
	optional?: boolean;
	/** Drawn hatched in the legend. */
	hatched?: boolean;
}

/** How one picker choice is coloured. */
export interface MapScale {
	kind: 'categorical' | 'sequential';
	/** Colour of a country's display value. */
	colorOf: (value: DisplayValue) => string;
	/** Legend entries in display order; `unknown` is always last. */
	bins: LegendBin[];
	/** For `sequential`: the ramp's ends and evenly spaced colour stops for a CSS gradient. */
	ramp?: { from: number; to: number; stops: string[] };
}

/** Year ranges for the recognition-year legend; the last one runs to `currentYear`. */
function yearRanges(currentYear: number): [number, number][] {
	const ranges: [number, number][] = [[FIRST_YEAR, FIRST_YEAR]];
	for (let start = FIRST_YEAR + 1; start <= currentYear;) {
		const end = start === FIRST_YEAR + 1 ? 1999 : Math.min(start + 9, currentYear);
		ranges.push([start, Math.min(end, currentYear)]);
		start = Math.min(end, currentYear) + 1;
	}
	return ranges;
}

/** States that did not exist yet in the year shown (year view only). */
const NOT_A_STATE_BIN: LegendBin = {
	key: 'not-a-state',
	label: 'Not yet a state',
	color: NOT_A_STATE_COLOR,
	includes: (value) => value === 'not-a-state',
	optional: true,
	hatched: true
};

const UNKNOWN_BIN: LegendBin = {
	key: 'unknown',
	label: VALUE_LABELS.unknown ?? 'Unknown',
	color: UNKNOWN_COLOR,
	includes: (value) => value === 'unknown'
};

/**
 * The colour scale and legend bins for a picker choice: categorical for the four attributes,
 * sequential (viridis, 1988 dark → latest light) for the recognition year.
 * @example colorScale('recognizesIsrael', 2026).colorOf('yes') // '#0072b2'
 */
export function colorScale(id: PickerId, currentYear: number): MapScale {
	if (id === 'recognitionYear') {
		// A sequential scale over the years (d3's scaleSequential, written out: d3-scale would
		// bring d3-interpolate, d3-color and d3-format into every page). Stop at 0.85: viridis'
		// last yellows are too light against the grey "unknown".
		const last = Math.max(currentYear, FIRST_YEAR + 1);
		const sequential = (year: number) =>
			viridis(((year - FIRST_YEAR) / (last - FIRST_YEAR)) * 0.85);
		const colorOf = (value: DisplayValue): string =>
			typeof value === 'number'
				? sequential(value)
				: value === 'no'
					? NOT_RECOGNISED_COLOR
					: value === NOT_A_STATE_BIN.key
						? NOT_A_STATE_COLOR
						: UNKNOWN_COLOR;
		const bins: LegendBin[] = yearRanges(currentYear).map(([from, to]) => ({
			key: from === to ? String(from) : `${from}-${to}`,
			label: from === to ? String(from) : `${from}–${to}`,
			color: sequential((from + to) / 2),
			includes: (value) => typeof value === 'number' && value >= from && value <= to
		}));
		bins.push({
			key: 'no',
			label: 'Not recognised',
			color: NOT_RECOGNISED_COLOR,
			includes: (value) => value === 'no'
		});
		bins.push(NOT_A_STATE_BIN, { ...UNKNOWN_BIN, label: 'Unknown (or year not known)' });
		const stops = Array.from({ length: 9 }, (_, i) =>
			sequential(FIRST_YEAR + ((currentYear - FIRST_YEAR) * i) / 8)
		);
		return {
			kind: 'sequential',
			colorOf,
			bins,
			ramp: { from: FIRST_YEAR, to: currentYear, stops }
		};
	}
	const known: string[] = ATTRIBUTE_VALUES[id].filter((value) => value !== 'unknown');
	/** Each known value's colour; anything else is unknown. */
	const ordinal = (value: string) =>
		(known.includes(value) ? CATEGORICAL[id][value] : undefined) ?? UNKNOWN_COLOR;
	const bins: LegendBin[] = known.map((value) => ({
		key: value,
		label: VALUE_LABELS[value] ?? value,
		color: ordinal(value),
		includes: (v) => v === value
	}));
	// Only recognition of Palestine has a year view, where some states did not exist yet.
	if (id === 'recognizesPalestine') bins.push(NOT_A_STATE_BIN);
	bins.push(UNKNOWN_BIN);
	return {
		kind: 'categorical',
		colorOf: (value) =>
			value === NOT_A_STATE_BIN.key ? NOT_A_STATE_COLOR : ordinal(String(value)),
		bins
	};
}
