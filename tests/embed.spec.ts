import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { AtlasData } from '../src/lib/types';

const DATA = JSON.parse(
	readFileSync('src/lib/server/generated/countries.json', 'utf8')
) as AtlasData;

test('the embed takes the same URL parameters and shows map, picker and legend only', async ({
	page
}) => {
	await page.goto('/embed?attr=recognizesIsrael&country=PAK');
	await page.locator('[data-hydrated]').waitFor();
	await expect(page.getByRole('radio', { name: 'Recognises Israel' })).toBeChecked();
	const no = DATA.countries.filter((c) => c.attributes.recognizesIsrael.value === 'no').length;
	const legend = page.getByRole('region', { name: 'Recognises Israel', exact: true });
	await expect(legend.getByRole('button', { name: /^No/ })).toHaveText(new RegExp(`No\\s*${no}$`));
	await expect(page.getByRole('status')).toContainText('Pakistan: recognises Israel: no');
	// No site header, table or panel.
	await expect(page.getByRole('link', { name: 'About the data' })).toHaveCount(0);
	await expect(page.getByRole('table')).toHaveCount(0);
	await expect(
		page.getByRole('link', { name: /Open in the Palestine Relations Atlas/ })
	).toHaveAttribute('href', '/?attr=recognizesIsrael&country=PAK');
	// Switching the attribute keeps working inside the embed.
	await page.getByRole('radio', { name: 'Recognises Palestine' }).check();
	await expect(page).toHaveURL(/\/embed\?country=PAK/);
});
