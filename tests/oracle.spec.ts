import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';

/**
 * An independent oracle: a few states' values written out by hand from public record (not
 * computed from the pipeline's output), so a wrong value in the data cannot pass by being
 * compared with itself. If one of these changes in the world, change it here by hand too.
 */
const ORACLE: Record<string, Record<string, string>> = {
	PAK: {
		name: 'Pakistan',
		recognizesPalestine: 'yes',
		recognizesPalestine_date: '1988-11-16',
		recognizesIsrael: 'no',
		palestinianMission: 'embassy',
		palestinianMission_city: 'Islamabad'
	},
	BGD: {
		name: 'Bangladesh',
		recognizesPalestine: 'yes',
		recognizesIsrael: 'no',
		palestinianMission: 'embassy',
		palestinianMission_city: 'Dhaka',
		missionToPalestine: 'non-resident',
		missionToPalestine_city: 'Amman'
	},
	SWE: {
		name: 'Sweden',
		recognizesPalestine: 'yes',
		recognizesPalestine_date: '2014-10-30',
		recognizesIsrael: 'yes'
	},
	ARG: { recognizesPalestine: 'yes', recognizesPalestine_date: '2010-12-06' },
	USA: { recognizesPalestine: 'no', recognizesIsrael: 'yes', palestinianMission: 'none' },
	AUT: { recognizesPalestine: 'no', recognizesIsrael: 'yes' },
	MYS: { recognizesPalestine: 'yes', recognizesIsrael: 'no' },
	VAT: { recognizesPalestine: 'yes', recognizesPalestine_date: '2013', recognizesIsrael: 'yes' }
};

test('the published table agrees with values written by hand', async ({ request }) => {
	const csv = await (await request.get('/downloads/countries.csv')).text();
	const rows = parse(csv, { columns: true }) as Record<string, string>[];
	for (const [iso3, expected] of Object.entries(ORACLE)) {
		const row = rows.find((r) => r.iso3 === iso3);
		expect(row, iso3).toBeDefined();
		for (const [column, value] of Object.entries(expected))
			expect(`${iso3} ${column}=${row![column]}`).toBe(`${iso3} ${column}=${value}`);
	}
});

for (const [iso3, attr, text] of [
	['PAK', 'recognizesIsrael', 'Pakistan: recognises Israel: no'],
	['USA', 'recognizesPalestine', 'United States: recognises Palestine: no'],
	['SWE', 'recognizesPalestine', 'Sweden: recognises Palestine: yes'],
	['BGD', 'missionToPalestine', "Bangladesh: the country's mission to Palestine: non-resident"]
] as const) {
	test(`the map says "${text}"`, async ({ page }) => {
		await page.goto(`/embed?attr=${attr}&country=${iso3}`);
		await page.locator('[data-hydrated]').waitFor();
		await expect(page.getByRole('status')).toContainText(text);
	});
}
