import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: its turns are module state, as in a page. */
let hydrationTurn: typeof import('./hydrationTurn').hydrationTurn;
let hydrationDone: typeof import('./hydrationTurn').hydrationDone;
beforeEach(async () => {
	vi.resetModules();
	({ hydrationTurn, hydrationDone } = await import('./hydrationTurn'));
});

/** Resolves in a task of its own, queued now. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('hydrationTurn', () => {
	it('gives each part a task of its own, in the order asked, none in the current task', async () => {
		const order: string[] = [];
		const first = hydrationTurn();
		const second = hydrationTurn();
		expect(first).toBeInstanceOf(Promise);
		void (first as Promise<true>).then(() => order.push('first'));
		void (second as Promise<true>).then(() => order.push('second'));
		await Promise.resolve();
		await Promise.resolve();
		expect(order, 'nothing in the task that asked').toEqual([]);
		await first;
		// Everything queued as microtasks of the first turn's task has run by now.
		await Promise.resolve();
		expect(order, 'the second waits for a task after the first').toEqual(['first']);
		expect(await second).toBe(true);
		expect(order).toEqual(['first', 'second']);
	});

	it('answers at once once the first hydration is over, and never waits again', async () => {
		await hydrationTurn();
		await nextTask();
		expect(hydrationTurn()).toBe(true);
		expect(hydrationTurn()).toBe(true);
	});

	it('keeps the first hydration going while a turn is still to come', async () => {
		const first = hydrationTurn();
		const second = hydrationTurn();
		await first;
		const third = hydrationTurn();
		expect(third, 'asked before the second passed: a turn after it').toBeInstanceOf(Promise);
		await second;
		await third;
		await nextTask();
		expect(hydrationTurn()).toBe(true);
	});
});

describe('hydrationDone', () => {
	it('resolves after the last turn given out, at once when there is none', async () => {
		await hydrationDone();
		const order: string[] = [];
		void (hydrationTurn() as Promise<true>).then(() => order.push('first'));
		void (hydrationTurn() as Promise<true>).then(() => order.push('second'));
		await hydrationDone();
		expect(order).toEqual(['first', 'second']);
	});

	it('waits for work the last turn starts in its own task, however many promises deep', async () => {
		const order: string[] = [];
		void (hydrationTurn() as Promise<true>).then(async () => {
			for (let hop = 0; hop < 10; hop++) await Promise.resolve();
			order.push('hydrated');
		});
		await hydrationDone();
		expect(order).toEqual(['hydrated']);
	});
});
