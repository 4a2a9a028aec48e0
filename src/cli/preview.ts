/**
 * `plenary preview <file>`: a local page (127.0.0.1 only) showing the whole event
 * from the file with this package's dist/plenary.js, listing every validation
 * problem with its line and column, and reloading when the file is saved.
 */
import { createServer, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile } from './check.js';
import { escapeAttribute } from '../fallback/html.js';

const DIST = fileURLToPath(new URL('../../', import.meta.url)); // dist/npm/cli → dist/

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** How the event is shown: in `lang` (default: the descriptor's), for a visitor in `zone`, at the moment `now`. */
export interface PreviewOptions {
  readonly lang?: string;
  readonly zone?: string;
  readonly now?: string;
}

const PAGE = (name: string, attributes: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Preview: ${name.replace(/[<&]/g, '')}</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/__plenary/plenary.js"></script>
    <script type="module" src="/__plenary/preview.js"></script>
    <style>
      body { margin: 0 auto; max-width: 72rem; padding: 1rem; font-family: system-ui, sans-serif; background: #f6f8fa; color: #1b1f24; }
      #problems { margin-bottom: 1rem; padding: 0.75rem 1rem; border-radius: 6px; background: #fff; border: 1px solid #c9d1d9; }
      #problems.bad { border-color: #b3261e; border-left-width: 4px; }
      #problems ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
      #problems code { font-family: ui-monospace, monospace; }
    </style>
  </head>
  <body>
    <section id="problems" aria-live="polite"><p>Checking ${name.replace(/[<&]/g, '')}…</p></section>
    <plenary-event src="/__plenary/event.json"${attributes}></plenary-event>
  </body>
</html>
`;

// The page's own script: lists the problems, reloads when the file changes.
const SCRIPT = `
const box = document.getElementById('problems');
const text = (s) => document.createTextNode(s);
async function showProblems() {
  const r = await (await fetch('/__plenary/problems', { cache: 'no-store' })).json();
  box.replaceChildren();
  const head = document.createElement('p');
  const list = document.createElement('ul');
  if (!r.readable) {
    head.append(text(r.file + (r.line ? ':' + r.line + ':' + r.column : '') + ' cannot be read: ' + r.reason));
  } else {
    const count = (n, what) => n + ' ' + what + (n === 1 ? '' : 's');
    head.append(text(r.file + ': ' + (r.errors.length ? 'invalid' : 'valid') + ' (' + count(r.errors.length, 'error') + ', ' + count(r.warnings.length, 'warning') + ')'));
    for (const [kind, items] of [['error', r.errors], ['warning', r.warnings]]) {
      for (const p of items) {
        const li = document.createElement('li');
        const code = document.createElement('code');
        code.append(text(p.line + ':' + p.column + ' ' + (p.label || p.path || '(descriptor)')));
        li.append(text(kind + ' '), code, text(': ' + p.message));
        list.append(li);
      }
    }
  }
  box.className = !r.readable || r.errors.length ? 'bad' : '';
  box.append(head, list);
}
showProblems();
new EventSource('/__plenary/changes').addEventListener('change', () => location.reload());
`;

export interface Preview {
  readonly url: string;
  /** Resolves when the server stops (on SIGINT or SIGTERM). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

/** The descriptor's own language, when the file can be read and gives one. */
async function descriptorLang(path: string): Promise<string | undefined> {
  try {
    const { lang } = JSON.parse(await readFile(path, 'utf8')) as { lang?: unknown };
    return typeof lang === 'string' ? lang : undefined;
  } catch {
    return undefined;
  }
}

export async function startPreview(file: string, port: number, options: PreviewOptions = {}): Promise<Preview> {
  const path = resolve(file);
  const folder = dirname(path);
  const listeners = new Set<ServerResponse>();
  let watcher: FSWatcher | undefined;
  let debounce: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      for (const res of listeners) res.write('event: change\ndata: {}\n\n');
    }, 100);
  };
  // Watch the folder: editors often save by replacing the file.
  watcher = watch(folder, (_kind, name) => {
    if (name === null || name === basename(path)) changed();
  });

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (url.pathname === '/') {
        // The page's address may change them: /?lang=ar&zone=Asia/Dubai&now=2020-10-13T10:45Z.
        const asked = (name: keyof PreviewOptions) => url.searchParams.get(name) || options[name];
        const shown = { lang: asked('lang') ?? (await descriptorLang(path)), zone: asked('zone'), now: asked('now') };
        const attributes = Object.entries(shown)
          .filter((entry): entry is [string, string] => entry[1] !== undefined)
          .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
          .join('');
        return send(res, 200, TYPES['.html']!, PAGE(basename(path), attributes));
      }
      if (url.pathname === '/__plenary/preview.js') return send(res, 200, TYPES['.js']!, SCRIPT);
      if (url.pathname === '/__plenary/event.json') return send(res, 200, TYPES['.json']!, await readFile(path));
      if (url.pathname === '/__plenary/problems') {
        const checked = await checkFile(path);
        const { json: _json, ...report } = checked as typeof checked & { json?: unknown };
        return send(res, 200, TYPES['.json']!, JSON.stringify({ ...report, file: basename(path) }));
      }
      if (url.pathname === '/__plenary/changes') {
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
        res.write(': connected\n\n');
        listeners.add(res);
        req.on('close', () => listeners.delete(res));
        return;
      }
      // Plenary's own files, then the files beside the descriptor (for its relative links).
      const [base, rel] = url.pathname.startsWith('/__plenary/')
        ? [DIST, url.pathname.slice('/__plenary/'.length)]
        : [folder, decodeURIComponent(url.pathname.slice(1))];
      const target = normalize(join(base, rel));
      if (!target.startsWith(base.endsWith(sep) ? base : base + sep) || !(await stat(target)).isFile()) throw new Error('not found');
      return send(res, 200, TYPES[extname(target)] ?? 'application/octet-stream', await readFile(target));
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      // The port is taken: take any free one instead.
      if (error.code === 'EADDRINUSE' && port !== 0) server.listen(0, '127.0.0.1', ok);
      else fail(error);
    });
    server.listen(port, '127.0.0.1', ok);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;

  let finish!: () => void;
  const closed = new Promise<void>((ok) => (finish = ok));
  const close = async () => {
    watcher?.close();
    watcher = undefined;
    for (const res of listeners) res.end();
    await new Promise((ok) => server.close(ok));
    finish();
  };
  const stop = () => void close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { url: `http://127.0.0.1:${actualPort}/`, closed, close };
}
