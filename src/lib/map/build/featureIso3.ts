import { ISO_EXCEPTIONS } from './isoExceptions';

/**
 * ISO alpha-3 code of a world-atlas feature: the exceptions table first (by name), then its
 * numeric id through `ccn3ToCca3`; `null` when neither knows it.
 * @example featureIso3('586', 'Pakistan', new Map([['586', 'PAK']])) // 'PAK'
 */
export function featureIso3(
	id: string | number | undefined,
	name: string,
	ccn3ToCca3: ReadonlyMap<string, string>
): string | null {
	if (Object.hasOwn(ISO_EXCEPTIONS, name)) return ISO_EXCEPTIONS[name] ?? null;
	if (id === undefined) return null;
	return ccn3ToCca3.get(String(id).padStart(3, '0')) ?? null;
}
