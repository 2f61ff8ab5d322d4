import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints, hintedChunks, type ChunkLike } from './compileHints';

const chunk = (imports: string[] = [], isEntry = false): ChunkLike => ({
	type: 'chunk',
	isEntry,
	imports
});

describe('hintedChunks', () => {
	it('takes the entries and what they import statically, however deep, and nothing loaded on demand', () => {
		const bundle = {
			'entry/start.js': chunk(['chunks/runtime.js'], true),
			'nodes/2.js': chunk(['chunks/map.js'], true),
			'chunks/map.js': chunk(['chunks/runtime.js', 'chunks/spread.js']),
			'chunks/spread.js': chunk(),
			'chunks/runtime.js': chunk(),
			// Imported with import() only: the panel's code, the interactive map's glue.
			'chunks/panel.js': chunk(['chunks/runtime.js']),
			'assets/maplibre-gl.mjs': { type: 'asset' } as const
		};
		expect([...hintedChunks(bundle)].sort()).toEqual([
			'chunks/map.js',
			'chunks/runtime.js',
			'chunks/spread.js',
			'entry/start.js',
			'nodes/2.js'
		]);
	});

	it('ends on import cycles and on imports missing from the bundle', () => {
		const bundle = {
			'a.js': chunk(['b.js'], true),
			'b.js': chunk(['a.js', 'external.js'])
		};
		expect([...hintedChunks(bundle)].sort()).toEqual(['a.js', 'b.js']);
	});
});

describe('compileHints', () => {
	type Hooks = {
		configResolved: (config: { build: { ssr: boolean } }) => void;
		writeBundle: (options: { dir?: string }, bundle: Record<string, ChunkLike>) => void;
	};

	function write(ssr: boolean) {
		const dir = mkdtempSync(join(tmpdir(), 'hints-'));
		const files = {
			'start.js': 'export{a}from"./rt.js";',
			'rt.js': 'var a=1;',
			'lazy.js': 'var b;'
		};
		for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
		const plugin = compileHints() as unknown as Hooks;
		plugin.configResolved({ build: { ssr } });
		const bundle = { 'start.js': chunk(['rt.js'], true), 'rt.js': chunk(), 'lazy.js': chunk() };
		plugin.writeBundle({ dir }, bundle);
		plugin.writeBundle({ dir }, bundle); // a second pass adds nothing
		const read = (name: string) => readFileSync(join(dir, name), 'utf8');
		const result = { start: read('start.js'), rt: read('rt.js'), lazy: read('lazy.js') };
		rmSync(dir, { recursive: true });
		return result;
	}

	it('puts the hint as the first line of the browser build’s files that load at once, once', () => {
		expect(write(false)).toEqual({
			start: COMPILE_HINT + 'export{a}from"./rt.js";',
			rt: COMPILE_HINT + 'var a=1;',
			lazy: 'var b;'
		});
	});

	it('leaves the server build alone', () => {
		expect(write(true)).toEqual({
			start: 'export{a}from"./rt.js";',
			rt: 'var a=1;',
			lazy: 'var b;'
		});
	});
});
