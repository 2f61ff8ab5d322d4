import { describe, expect, it } from 'vitest';
import { fileName } from './buildAtlas';
import { problemToPublished } from './problemToPublished';

describe('fileName', () => {
	it.each([
		['../some/dir/x.txt', 'x.txt'],
		['data/articles/pakistan-palestine.txt', 'pakistan-palestine.txt'],
		['C:\\articles\\x.txt', 'x.txt'],
		['x.txt', 'x.txt']
	])('%s → %s', (path, name) => expect(fileName(path)).toBe(name));
});

describe('problemToPublished', () => {
	it('cuts the paths in file, message and hint to file names', () => {
		const paths = ['../in/peru.txt', '/tmp/facts.csv', '../in/peru-2.txt'];
		expect(
			problemToPublished(
				{
					severity: 'warning',
					file: '../in/peru.txt',
					line: 4,
					message: 'Peru: ../in/peru.txt:4 says no but /tmp/facts.csv:2 says yes',
					hint: 'correct /tmp/facts.csv:2'
				},
				paths
			)
		).toEqual({
			severity: 'warning',
			file: 'peru.txt',
			line: 4,
			message: 'Peru: peru.txt:4 says no but facts.csv:2 says yes',
			hint: 'correct facts.csv:2'
		});
	});
});
