import { describe, expect, it } from 'vitest';
import { medianRun, type LighthouseResult } from './benchLighthouse';

const run = (score: number, tbt: number): LighthouseResult => ({
	score,
	tbt,
	fcp: 1500,
	lcp: 2000,
	cls: 0
});

describe('medianRun', () => {
	it('reports the run with the median score, its figures together', () => {
		expect(medianRun([run(0.9, 300), run(0.81, 690), run(0.95, 150)])).toEqual(run(0.9, 300));
	});
	it('takes the lower middle run of an even count, the only run of one, nothing of none', () => {
		expect(medianRun([run(0.93, 250), run(0.84, 500)])).toEqual(run(0.84, 500));
		expect(medianRun([run(0.7, 900)])).toEqual(run(0.7, 900));
		expect(medianRun([])).toBeNull();
	});
});
