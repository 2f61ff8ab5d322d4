import { describe, expect, it } from 'vitest';
import { INTENT_EVENTS, onFirstIntent } from './onFirstIntent';

describe('onFirstIntent', () => {
	it('runs the task once, at the first of any intent event', () => {
		for (const type of INTENT_EVENTS) {
			const target = new EventTarget();
			let runs = 0;
			onFirstIntent(() => runs++, target);
			expect(runs).toBe(0);
			target.dispatchEvent(new Event(type));
			expect(runs, type).toBe(1);
			for (const again of INTENT_EVENTS) target.dispatchEvent(new Event(again));
			expect(runs, `${type}, then every other event`).toBe(1);
		}
	});

	it('ignores other events, and never runs once cancelled', () => {
		const target = new EventTarget();
		let runs = 0;
		const cancel = onFirstIntent(() => runs++, target);
		target.dispatchEvent(new Event('load'));
		target.dispatchEvent(new Event('resize'));
		expect(runs).toBe(0);
		cancel();
		target.dispatchEvent(new Event('pointerdown'));
		expect(runs).toBe(0);
	});
});
