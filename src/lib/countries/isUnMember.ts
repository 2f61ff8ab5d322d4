/**
 * Whether a state is one of the 193 UN member states.
 */
import countries from 'world-countries';

/**
 * Corrections to world-countries' `unMember` flag, one per code, with the reason.
 */
const UN_MEMBER_EXCEPTIONS: Record<string, boolean> = {
	// world-countries marks the Holy See as a member; it is a permanent observer state.
	VAT: false
};

const UN_MEMBERS: ReadonlySet<string> = new Set(
	countries.filter((c) => UN_MEMBER_EXCEPTIONS[c.cca3] ?? c.unMember).map((c) => c.cca3)
);

/** True for the 193 UN member states (by ISO alpha-3); false for observers and others. */
export function isUnMember(iso3: string): boolean {
	return UN_MEMBERS.has(iso3);
}
