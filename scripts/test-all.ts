/**
 * `npm test`: every check, in order, stopping at the first that fails, with the time of each.
 *
 * Usage: npm test            (or: tsx scripts/test-all.ts)
 *
 * Stages: format (Prettier), types (svelte-check, after the data build), unit (Vitest), build
 * (the data and the static site), browser (Playwright in Chromium against the build). The
 * timings so far are printed before the last stage, so the output still ends with Playwright's
 * own summary line ("N passed (time)").
 */
import { spawn } from 'node:child_process';

const STAGES: { name: string; command: string[] }[] = [
	{ name: 'format', command: ['npx', 'prettier', '--check', '.'] },
	{ name: 'types', command: ['npm', 'run', '--silent', 'check'] },
	{ name: 'unit', command: ['npx', 'vitest', 'run'] },
	// The data was built by the types stage (`check` runs `data` first).
	{ name: 'build', command: ['npx', 'vite', 'build'] },
	{ name: 'browser', command: ['npx', 'playwright', 'test'] }
];

/** Runs one command with the terminal attached; resolves with its exit code. */
function run([command, ...args]: string[]): Promise<number> {
	return new Promise((resolve) => {
		const child = spawn(command!, args, { stdio: 'inherit' });
		child.on('error', () => resolve(127));
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
	});
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
	const started = performance.now();
	const times: string[] = [];
	for (const [i, stage] of STAGES.entries()) {
		const last = i === STAGES.length - 1;
		const sofar = times.length
			? ` (so far: ${times.join(', ')}; ${seconds(performance.now() - started)})`
			: '';
		console.log(
			`\n▶ npm test ${i + 1}/${STAGES.length}: ${stage.name} — ${stage.command.join(' ')}${last ? sofar : ''}\n`
		);
		const stageStart = performance.now();
		const code = await run(stage.command);
		const took = performance.now() - stageStart;
		times.push(`${stage.name} ${seconds(took)}`);
		if (code !== 0) {
			console.error(
				`\n✗ npm test: ${stage.name} failed (exit ${code}) after ${seconds(took)}; ${times.join(', ')}`
			);
			process.exit(code);
		}
		if (!last) console.log(`\n✓ ${stage.name} ${seconds(took)}`);
	}
}

main();
