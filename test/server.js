// A plain static server for the end-to-end tests: serves the repository (the
// built dist/, examples/, test/pages/) on 127.0.0.1, plus the /__fault/ routes,
// /__cut/ and /__slow/ (see below).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answer, live, readBody } from './fault-routes.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The strict policy of the README, sent with every page named *.csp.html, with dist/embed.html, and with a page asked for with ?csp. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html plenary 'allow-duplicates'";
const TYPES = {
  '.mjs': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Starts the server on 127.0.0.1; resolves to { origin, requests, close }.
 * `requests` lists every path asked for. `root` (default: the repository) is the folder served.
 */
export async function startServer({ root = ROOT } = {}) {
  const requests = [];
  // While cut (GET /__cut/on, until /__cut/off), the files plenary.js loads only
  // when needed (dist/*.js but plenary.js) are not answered: the connection is
  // dropped, as when a visitor's network fails after the page has loaded.
  let cut = false;
  // While slow (GET /__slow/on?ms=N, until /__slow/off), the same files are
  // answered N ms late, as on a slow connection.
  let slow = 0;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/__cut/on' || url.pathname === '/__cut/off') {
      cut = url.pathname.endsWith('on');
      res.writeHead(204, { 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    if (url.pathname === '/__slow/on' || url.pathname === '/__slow/off') {
      slow = url.pathname.endsWith('on') ? Number(url.searchParams.get('ms') ?? 2000) : 0;
      res.writeHead(204, { 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    const onDemand = /^\/dist\/(?!plenary\.)[\w-]+\.js$/.test(url.pathname);
    if (cut && onDemand) {
      req.socket.destroy();
      return;
    }
    if (slow && onDemand) await new Promise((r) => setTimeout(r, slow));
    try {
      if (url.pathname.startsWith('/__fault/live')) {
        const reply = await live(req.method, url.pathname, url.searchParams, req.headers, () => readBody(req));
        res.writeHead(reply.status, reply.headers);
        res.end(reply.body);
        return;
      }
      if (url.pathname.startsWith('/__fault/')) {
        const reply = await answer(url.pathname, url.searchParams);
        res.writeHead(reply.status, { 'Content-Type': reply.type, 'Cache-Control': 'no-store', ...reply.headers });
        res.end(reply.body);
        return;
      }
      if (url.pathname === '/test/other-release/plenary.iife.js') {
        // The classic build as another release of Plenary would ship it.
        const body = (await readFile(join(ROOT, 'dist', 'plenary.iife.js'), 'utf8')).replaceAll('`0.1.0`', '`0.0.9`');
        res.writeHead(200, { 'Content-Type': TYPES['.js'], 'Cache-Control': 'no-store' });
        res.end(body);
        return;
      }
      const path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root) || path.includes('node_modules')) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      const file = (await stat(path)).isDirectory() ? join(path, 'index.html') : path;
      const body = await readFile(file);
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
      // Pages named *.csp.html, dist/embed.html, and any page asked for with ?csp (the same page under the policy).
      if (file.endsWith('.csp.html') || url.pathname === '/dist/embed.html' || (extname(file) === '.html' && url.searchParams.has('csp'))) {
        headers['Content-Security-Policy'] = CSP;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
