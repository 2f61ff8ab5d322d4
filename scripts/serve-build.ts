/**
 * Serves the static build the way a CDN does: files from the build folder, precompressed when
 * the client accepts it, and its 404.html with status 404 for anything else; with the headers
 * the README asks a host to send (scripts/hostHeaders.ts).
 *
 * Usage: tsx scripts/serve-build.ts [--port 4173] [--dir build]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { hostHeaders } from './hostHeaders';

const { values } = parseArgs({
	options: { port: { type: 'string', default: '4173' }, dir: { type: 'string', default: 'build' } }
});
const notFound = readFileSync(join(values.dir, '404.html'));
const files = sirv(values.dir, { brotli: true, gzip: true, etag: true, extensions: ['html'] });

createServer((req, res) => {
	const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
	for (const [name, value] of Object.entries(hostHeaders(pathname))) res.setHeader(name, value);
	files(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(notFound);
	});
}).listen(Number(values.port), '127.0.0.1', () =>
	console.log(`serving ${values.dir}/ on http://127.0.0.1:${values.port}`)
);
