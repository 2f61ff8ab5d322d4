import countries from 'world-countries';

const LEADS = [
	(c: string) =>
		`Relations between ${c} and the State of Palestine are close and cordial. ${c} recognised the State of Palestine on 16 November 1988. Palestine is represented in ${c} by an embassy in the capital.`,
	(c: string) =>
		`${c} does not recognise Israel and has no diplomatic relations with it. ${c} has supported the Palestinian cause at the United Nations since 1975.`,
	(c: string) =>
		`${c} has not recognised the State of Palestine. It maintains full diplomatic relations with Israel, and the Palestinian general delegation in the capital represents the PLO.`,
	(c: string) =>
		`${c} established diplomatic relations with Israel in 1949 and exchanged ambassadors. ${c} opened a representative office in Ramallah in 1998.`
];

const HISTORY =
	'In 1974 the two sides met at the summit. Trade grew slowly through the 1990s, with visits by ministers in 1996, 2004 and 2011. ' +
	'Students from Palestine study at universities in the capital, and aid was sent after the 2014 war. ';

/**
 * Generates `count` plausible articles about real countries, alternating the two article
 * variants, so the benchmark parses text shaped like the real corpus (about 2–4 KB each).
 */
export function generateArticles(count: number): { file: string; text: string }[] {
	const names = countries.filter((c) => c.cca3 !== 'PSE').map((c) => c.name.common);
	return Array.from({ length: count }, (_, i) => {
		const name = names[i % names.length]!;
		const lead = LEADS[i % LEADS.length]!(name);
		const body = `${HISTORY.repeat(1 + (i % 4))}\n\n${HISTORY}`;
		const text =
			i % 2 === 0
				? `= ${name}–Palestine relations =\n\nInfobox\n- Mission1: Embassy of ${name}, Amman\n- Mission2: Embassy of Palestine, Capital\n- Envoytitle1: Ambassador\n- Envoy1: A. Person\n\n${lead}\n\n==History==\n${body}\n\n=== Trade ===\n${HISTORY}\n\n==See also==\n- Foreign relations of ${name}\n- Foreign relations of Palestine\n`
				: `${name}–Palestine relations refer to the bilateral relations between ${name} and the State of Palestine. ${lead}\n\n\n== History ==\n${body}\n\n\n== See also ==\n\nForeign relations of ${name}\n\n== References ==\n\n\n== External links ==\n\nA link\n`;
		return { file: `generated/${String(i).padStart(5, '0')}.txt`, text };
	});
}
