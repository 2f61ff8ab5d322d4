/**
 * The ISO 3166-1 alpha-3 codes a facts row may use.
 */
import countries from 'world-countries';

/**
 * Where we differ from world-countries; one entry per code, with the reason.
 * Values: `true` adds the code, `false` removes it.
 */
const ISO3_EXCEPTIONS: Record<string, boolean> = {
	// Kosovo has no ISO code; we use the widely used user-assigned XKX (EU, IMF, our maps).
	XKX: true,
	// world-countries spells Kosovo UNK (the UN's code); we key it by XKX only.
	UNK: false
};

/** Every ISO 3166-1 alpha-3 code we accept (world-countries' cca3, plus XKX for Kosovo). */
export const ISO3_CODES: ReadonlySet<string> = new Set(
	[...countries.map((c) => c.cca3), ...Object.keys(ISO3_EXCEPTIONS)].filter(
		(code) => ISO3_EXCEPTIONS[code] !== false
	)
);
