/**
 * Comparison of partial dates at their common precision.
 */

/**
 * True when two partial dates can name the same day: equal on the parts both give.
 * A missing date agrees with anything.
 * @example datesAgree('1988', '1988-11-16') // true
 * @example datesAgree('1988-11-15', '1988-11-16') // false
 */
export function datesAgree(a: string | undefined, b: string | undefined): boolean {
	if (!a || !b) return true;
	const partsA = a.split('-');
	const partsB = b.split('-');
	const common = Math.min(partsA.length, partsB.length);
	for (let i = 0; i < common; i++) if (partsA[i] !== partsB[i]) return false;
	return true;
}
