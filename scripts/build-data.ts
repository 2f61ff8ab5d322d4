/**
 * Builds the atlas data: data/articles/*.txt (+ the facts table) → one JSON file the app reads.
 *
 * Usage:
 *   npm run build:data -- [--articles <dir>] [--facts <file|none>] [--groups <file|none>]
 *                         [--members <file>] [--tables <dir|none>]
 *                         [--out <file>]
 *
 *   --articles  folder of article files, one country each (default: data/articles)
 *   --facts     the curated facts table, or `none` for articles only (default: data/facts.csv)
 *   --groups    the blocs and UN groups, or `none` for M49 regions only (default: data/groups.csv)
 *   --members   their memberships (default: data/group-members.csv); see data/GROUPS.md
 *   --tables    folder of the facts table's companions: sources.csv, statehood.csv,
 *               missions-to-palestine.csv, palestine-missions.csv (default: data); `none` skips
 *               them. Read only with a facts table.
 *   --out       where to write the JSON (default: src/lib/server/generated/countries.json)
 *
 * Prints one line per article and every problem as `file:line: severity: message` (control
 * characters escaped), including the paths it cannot use. When any problem is an error, it
 * exits 1 and writes nothing, so partial data is never published; nor does it leave a
 * temporary file behind. The published JSON names article files by their name only.
 *
 * The work is scripts/buildData.ts's, which the dev server's rebuild on save shares.
 */
import { escapeControls } from '../src/lib/pipeline/formatReport';
import { buildData } from './buildData';

try {
	const { code, stdout, stderr } = buildData(process.argv.slice(2));
	process.stdout.write(stdout);
	process.stderr.write(stderr);
	process.exitCode = code;
} catch (error) {
	// A bug, not bad input: one line, and no stack trace unless asked for.
	console.error(
		`build-data: internal error: ${escapeControls(String(error))} (DEBUG=1 shows where)`
	);
	if (process.env.DEBUG) console.error(error);
	process.exitCode = 70;
}
