import { describe, expect, it } from 'vitest';
import { mainThreadFigures } from './benchMainThread';

describe('mainThreadFigures', () => {
	it('counts the tasks after first paint, each 4× as long, beyond 50 ms', () => {
		const tasks = [
			{ start: 100, duration: 80 }, // before first paint: not counted
			{ start: 300, duration: 40 }, // 160 → 110
			{ start: 400, duration: 12 }, // 48 → 0
			{ start: 500, duration: 25 } // 100 → 50
		];
		expect(mainThreadFigures(tasks, 250)).toEqual({ longest: 40, blocking: 160 });
	});
	it('gives zeros when nothing runs after first paint', () => {
		expect(mainThreadFigures([{ start: 10, duration: 90 }], 200)).toEqual({
			longest: 0,
			blocking: 0
		});
	});
});
