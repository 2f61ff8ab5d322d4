/** WCAG relative luminance of a `#rrggbb` or `rgb(r, g, b)` colour. */
function luminance(color: string): number {
	const channels = color.startsWith('#')
		? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
		: (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
	const [r = 0, g = 0, b = 0] = channels.map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white); graphics that
 * carry meaning need 3 (success criterion 1.4.11).
 * @example contrastRatio('#000000', '#ffffff') // 21
 */
export function contrastRatio(a: string, b: string): number {
	const [hi = 0, lo = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}
