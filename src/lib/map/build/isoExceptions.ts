/**
 * The one table of exceptions to "world-atlas numeric id → ISO 3166-1 alpha-3 via world-countries",
 * keyed by the world-atlas feature name. `null` keeps the shape as neutral land that no country
 * owns on this map (drawn, never clickable).
 */
export const ISO_EXCEPTIONS: Readonly<Record<string, string | null>> = {
	// No ISO numeric code; XKX is the user-assigned code the EU and World Bank use for Kosovo.
	Kosovo: 'XKX',
	// Not recognised by any UN member but Türkiye; the UN counts the island as the Republic of
	// Cyprus, so the shape merges into CYP (no internal border is drawn).
	'N. Cyprus': 'CYP',
	// Self-declared, recognised by no UN member; merges into Somalia, as the UN maps it.
	Somaliland: 'SOM',
	// Disputed between India and Pakistan, administered by India; left neutral rather than
	// handed to either side.
	'Siachen Glacier': null,
	// Christmas Island and the Cocos (Keeling) Islands (Australian external territories) share one
	// shape without a code; neither is a state, so it stays neutral land.
	'Indian Ocean Ter.': null
};
