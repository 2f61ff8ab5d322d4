/**
 * Fetches and parses a JSON file of the site; an HTTP error rejects with the status and URL.
 * @example const groups = await fetchJson<Group[]>('/groups.json');
 */
export async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
	return (await response.json()) as T;
}
