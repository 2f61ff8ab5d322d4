/**
 * Serves the static build the way a CDN does: files from build/, precompressed when the client
 * accepts it, and build/404.html with status 404 for anything else.
 *
 * Usage: tsx scripts/serve-build.ts [--port 4173]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' } } });
const port = Number(values.port);
const notFound = readFileSync('build/404.html');
const files = sirv('build', { brotli: true, gzip: true, etag: true, extensions: ['html'] });

createServer((req, res) => {
	files(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(notFound);
	});
}).listen(port, '127.0.0.1', () => console.log(`serving build/ on http://127.0.0.1:${port}`));
