/**
 * `npm test`: every check, with the time of each, stopping before the browser tests if any failed.
 *
 * Usage: npm test            (or: tsx scripts/test-all.ts)
 *
 * Stages: data (the generated data everything else reads), then side by side format (Prettier)
 * and types (svelte-check), which use one core each, then unit (Vitest), build (the static site)
 * and browser (Playwright in Chromium against the build). The output of stages side by side is
 * held and printed whole as each finishes, so it does not interleave. The timings so
 * far are printed before the browser stage, so the output still ends with Playwright's own
 * summary line ("N passed (time)").
 */
import { spawn } from 'node:child_process';

interface Stage {
	name: string;
	command: string[];
}

/** Stages in order; a nested list runs side by side. */
const STAGES: (Stage | Stage[])[] = [
	// `svelte-kit sync` here, once, so the stages beside each other find its files written.
	{ name: 'data', command: ['sh', '-c', 'npm run --silent data && npx svelte-kit sync'] },
	// Only read-only checks side by side: a build beside Vitest (whose SvelteKit plugin writes
	// .svelte-kit/ too) once shipped a client whose pages never hydrated.
	[
		{ name: 'format', command: ['npx', 'prettier', '--check', '.'] },
		{ name: 'types', command: ['npx', 'svelte-check', '--tsconfig', './tsconfig.json'] }
	],
	{ name: 'unit', command: ['npx', 'vitest', 'run'] },
	{ name: 'build', command: ['npx', 'vite', 'build'] },
	{ name: 'browser', command: ['npx', 'playwright', 'test'] }
];

/**
 * Runs one command; resolves with its exit code and, when `hold`, its output (stdout and stderr
 * in the order written). Without `hold` the terminal is attached.
 */
function run(
	[command, ...args]: string[],
	hold: boolean
): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(command!, args, {
			stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit',
			// Colours as on a terminal, though the output goes through a pipe.
			env: hold && process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env
		});
		const chunks: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
		const done = (code: number) => resolve({ code, output: Buffer.concat(chunks).toString() });
		child.on('error', (error) => {
			chunks.push(Buffer.from(`${error.message}\n`));
			done(127);
		});
		child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
	});
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
	const started = performance.now();
	const times: string[] = [];
	const sofar = () => `${times.join(', ')}; ${seconds(performance.now() - started)} in all`;
	for (const [i, step] of STAGES.entries()) {
		const group = Array.isArray(step) ? step : [step];
		const together = group.length > 1;
		const last = i === STAGES.length - 1;
		for (const stage of group) {
			console.log(
				`\n▶ npm test: ${stage.name}${together ? ' (side by side)' : ''} — ${stage.command.join(' ')}` +
					(last && times.length ? ` (so far: ${sofar()})` : '')
			);
		}
		const results = await Promise.all(
			group.map(async (stage) => {
				const stageStart = performance.now();
				const result = await run(stage.command, together);
				const took = performance.now() - stageStart;
				if (together) {
					console.log(`\n── ${stage.name} (${seconds(took)}) ──\n${result.output.trimEnd()}`);
				}
				times.push(`${stage.name} ${seconds(took)}`);
				if (result.code === 0 && !last) console.log(`\n✓ ${stage.name} ${seconds(took)}`);
				return { stage, ...result };
			})
		);
		const failed = results.filter((r) => r.code !== 0);
		if (failed.length) {
			const names = failed.map((r) => `${r.stage.name} (exit ${r.code})`).join(', ');
			console.error(`\n✗ npm test: ${names} failed; ${sofar()}`);
			process.exit(failed[0]!.code);
		}
	}
}

main();
